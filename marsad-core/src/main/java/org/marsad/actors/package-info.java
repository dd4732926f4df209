/** Actors: lexicons of states, organisations, people and titles, the recognisers that find them, and their resolution within an article. */
package org.marsad.actors;
