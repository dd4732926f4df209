/** The event store: articles, sentences, actors, events and their evidence in SQLite or PostgreSQL. */
package org.marsad.store;
