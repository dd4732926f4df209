package org.marsad.read;

/** An input that cannot be read as an article, with a message fit for the user. */
final class InputException extends Exception {

  InputException(String message) {
    super(message);
  }
}
