/** Quality measurement on gold data: named-entity BIO corpora and sentence-annotated articles. */
package org.marsad.eval;
