/** Recovery of an article's structure (headings, paragraphs, tables, lists) and its sentences. */
package org.marsad.structure;
