package org.ccmportal.vault.api;

/** No such bulk run, or not one the caller may see: the same answer. */
public class BulkRunNotFoundException extends RuntimeException {
  public BulkRunNotFoundException() {
    super("no such bulk run");
  }
}
