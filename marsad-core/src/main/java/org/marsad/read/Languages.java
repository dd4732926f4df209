package org.marsad.read;

/** Guesses an article's main language from its script, which is all a reader can tell. */
final class Languages {

  private Languages() {}

  /** {@code ar} when Arabic letters dominate, {@code und} for other text, {@code zxx} without letters. */
  static String guess(String text) {
    int arabic = 0;
    int other = 0;
    int n = Math.min(text.length(), 20000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          arabic++;
        } else {
          other++;
        }
      }
    }
    if (arabic + other == 0) {
      return "zxx";
    }
    return arabic >= other ? "ar" : "und";
  }
}
