/** Events: discourse (report, quote, commentary), trigger lexicons, the PLOVER/CAMEO coder and its arguments, modality and negation. */
package org.marsad.events;
