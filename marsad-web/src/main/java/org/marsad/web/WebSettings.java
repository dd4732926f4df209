package org.marsad.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs, checked when made.
 *
 * @param host the address to bind (loopback unless told otherwise)
 * @param port the port, 0 for any free one
 * @param allowIngest whether clients may add articles to the store (read-only otherwise)
 * @param token the access token clients must present, or {@code null}; required off loopback
 * @param maxUploadBytes the largest request body accepted
 */
public record WebSettings(String host, int port, boolean allowIngest, String token, long maxUploadBytes) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_UPLOAD = 4L * 1024 * 1024;

  public WebSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("the upload limit must be at least 1 KB");
    }
    if (token != null && token.length() < 16) {
      throw new IllegalArgumentException("an access token must have at least 16 characters");
    }
    if (!isLoopback(host) && token == null) {
      throw new IllegalArgumentException("binding to " + host + " (not loopback) requires an access token (--token or MARSAD_TOKEN)");
    }
  }

  public static WebSettings local(int port) {
    return new WebSettings(LOOPBACK, port, false, null, DEFAULT_MAX_UPLOAD);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host: " + host);
    }
  }
}
