/** Loading of language data files (lexicons, word lists) from {@code src/main/resources/lang/<iso>/}. */
package org.marsad.lang;
