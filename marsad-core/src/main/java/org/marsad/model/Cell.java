package org.marsad.model;

/** A table cell; its span covers the cell's text without the separating pipes or padding. */
public record Cell(Span span) {}
