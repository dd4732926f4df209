package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.model.Article;

/**
 * How the store recognises an article it already holds: by its URL when it has one, else by the
 * SHA-256 of its text (so a corpus's or a file's name does not matter: the same text read again
 * under another name is the same article). The hash is kept for every article, so a known text
 * under a new URL is recognised too.
 */
record ArticleKey(String key, String hash) {

  static ArticleKey of(Article article) {
    String hash = sha256(article.text());
    boolean hasUrl = article.url() != null && !article.url().isBlank();
    return new ArticleKey(hasUrl ? "url:" + article.url().strip() : "sha256:" + hash, hash);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
