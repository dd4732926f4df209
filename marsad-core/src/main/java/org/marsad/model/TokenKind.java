package org.marsad.model;

/** What a token is, as far as the tokenizer can tell from its characters. */
public enum TokenKind {
  ARABIC,
  LATIN,
  /** A word in another script (Cyrillic, Hebrew, CJK ...). */
  WORD,
  NUMBER,
  DATE,
  URL,
  EMAIL,
  HASHTAG,
  MENTION,
  PUNCT,
  SYMBOL
}
