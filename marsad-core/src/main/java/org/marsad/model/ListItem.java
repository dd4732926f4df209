package org.marsad.model;

/** One list item; {@code span} covers its text without the bullet or number. */
public record ListItem(Span span) {}
