package org.ccmportal.portal.interfaces.rest.archive;

import org.ccmportal.archive.api.InvalidArchiveRequestException;

/** Reads query and path parameters; a bad one is a 400 naming it. */
final class Params {
  private Params() {}

  static long positiveLong(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidArchiveRequestException(field, "required");
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n < 1) {
        throw new InvalidArchiveRequestException(field, "must be at least 1, was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidArchiveRequestException(field, "must be a whole number");
    }
  }

  static int intIn(String field, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new InvalidArchiveRequestException(
            field, "must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidArchiveRequestException(field, "must be a whole number");
    }
  }

  static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      throw new InvalidArchiveRequestException(field, "at most " + maxLength + " characters");
    }
    return value;
  }
}
