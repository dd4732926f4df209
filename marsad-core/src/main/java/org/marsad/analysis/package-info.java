/** Language analysis: normalisation for matching and tokenisation, always beside the original span. */
package org.marsad.analysis;
