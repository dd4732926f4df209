/** The immutable document model: an article and the layers that stages add over it, every span indexing {@link org.marsad.model.Article#text()}. */
package org.marsad.model;
