package org.marsad.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text input: UTF-8 (with or without BOM) and UTF-16 with BOM; bytes that
 * are not UTF-8 but read as Arabic in windows-1256 are decoded from it with a warning. Anything
 * else, binary files included, is refused.
 */
final class TextDecoder {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** The decoded text and, when the encoding was guessed, a warning to show. */
  record Decoded(String text, Charset charset, String warning) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    if (bytes.length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      if (bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0) {
        throw new InputException("UTF-32 text is not supported; convert it to UTF-8");
      }
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
    }
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (NUL bytes), not text");
      }
    }
    try {
      String text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (controlShare(text) > 0.01) {
        throw new InputException("binary file (control characters), not text");
      }
      return new Decoded(text, StandardCharsets.UTF_8, null);
    } catch (InputException notUtf8) {
      if (!notUtf8.getMessage().startsWith("invalid")) {
        throw notUtf8;
      }
      String legacy = new String(bytes, WINDOWS_1256);
      if (looksArabic(legacy)) {
        return new Decoded(legacy, WINDOWS_1256, "not UTF-8; decoded as windows-1256 (Arabic)");
      }
      throw new InputException(notUtf8.getMessage() + "; not UTF-8, UTF-16 with BOM or Arabic windows-1256");
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws InputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputException("invalid " + charset.name() + " at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  /** The share of C0 control characters other than tab, line feed, carriage return and form feed. */
  private static double controlShare(String text) {
    int controls = 0;
    int n = Math.min(text.length(), 65536);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    return n == 0 ? 0 : (double) controls / n;
  }

  /** Most non-ASCII letters are Arabic and there are hardly any control characters. */
  private static boolean looksArabic(String text) {
    int arabic = 0;
    int otherHigh = 0;
    int n = Math.min(text.length(), 65536);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)) {
          arabic++;
        } else if (!Character.isWhitespace(c) && c != '\u00A0') {
          otherHigh++;
        }
      }
    }
    return arabic >= 8 && arabic >= 4 * otherHigh && controlShare(text) < 0.01;
  }
}
