/** Stages over the document model and the pipeline that runs them in a checked order. */
package org.marsad.pipeline;
