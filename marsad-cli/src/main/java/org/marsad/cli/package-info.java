/** The {@code marsad} command line. */
package org.marsad.cli;
