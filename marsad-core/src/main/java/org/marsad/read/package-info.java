/** Readers that turn plain text, HTML pages and JSON Lines corpora into articles, reporting bad input without stopping. */
package org.marsad.read;
