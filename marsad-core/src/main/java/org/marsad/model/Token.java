package org.marsad.model;

/**
 * A token: its span, its original form exactly as in the text, and its normalised form for
 * matching (which never replaces the original).
 */
public record Token(Span span, String text, String norm, TokenKind kind) {}
