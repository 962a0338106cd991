package org.ccmportal.vault.application.bulk;

import org.ccmportal.vault.api.PublishCommand;

/**
 * One record of a bulk file: its line number (1-based, counting every line of the file) and the
 * command read from it, or null when the line was refused.
 */
public record BulkLine(long number, String text, PublishCommand command) {
  public BulkLine withCommand(PublishCommand parsed) {
    return new BulkLine(number, null, parsed);
  }
}
