package org.marsad.read;

/**
 * Something wrong with an input, located as precisely as known.
 *
 * @param input the path as the user gave it, or {@code -} for standard input
 * @param line the 1-based line of a JSON Lines input, or 0 when the whole input is meant
 * @param message what is wrong, in a few words, without the location
 */
public record Problem(String input, long line, String message) {

  /** {@code PATH[:LINE]: message}, the form the command line prints after {@code marsad: }. */
  @Override
  public String toString() {
    return input + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
