package org.marsad.analysis;

import java.text.Normalizer;

/**
 * Folds Arabic text to the form lexicons are matched in: no diacritics, superscript alef, Quranic
 * marks or tatweel; أ إ آ ٱ → ا; ى → ي; ة → ه; Persian yeh and keheh → ي ك; presentation forms
 * unfolded (NFKC); bidi and zero-width marks dropped; Arabic-Indic and Persian digits → ASCII.
 * Other characters pass through unchanged. Pure and thread-safe; the result replaces nothing, it
 * is kept beside the original span.
 */
public final class ArabicNormalizer {

  private ArabicNormalizer() {}

  public static String normalize(CharSequence in) {
    StringBuilder out = null;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      char folded = fold(c);
      if (folded == c && !isPresentationForm(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
        out.append(in, 0, i);
      }
      if (isPresentationForm(c)) {
        String unfolded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int k = 0; k < unfolded.length(); k++) {
          char u = fold(unfolded.charAt(k));
          if (u != DROP) {
            out.append(u);
          }
        }
      } else if (folded != DROP) {
        out.append(folded);
      }
    }
    return out == null ? in.toString() : out.toString();
  }

  /** Marks a character that is dropped. */
  static final char DROP = '\uFFFF';

  static char fold(char c) {
    if (c < '\u0600') {
      return c;
    }
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
        || (c >= '\u06D6' && c <= '\u06ED') || (c >= '\u0610' && c <= '\u061A')) {
      return DROP;
    }
    switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673':
        return '\u0627';
      case '\u0649', '\u06CC', '\u06D2':
        return '\u064A';
      case '\u0629':
        return '\u0647';
      case '\u06A9':
        return '\u0643';
      case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u2060',
          '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
        return DROP;
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c;
  }

  static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }
}
