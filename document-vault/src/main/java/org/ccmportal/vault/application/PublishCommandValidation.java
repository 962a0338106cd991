package org.ccmportal.vault.application;

import java.util.regex.Pattern;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishCommand;

/** The rules a publish request must meet before anything is rendered or stored. */
final class PublishCommandValidation {
  private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

  private PublishCommandValidation() {}

  static void check(PublishCommand command) {
    if (command == null) {
      throw new InvalidRequestException("body", "a JSON object is required");
    }
    if (command.customerId() == null || command.customerId().isBlank()) {
      throw new InvalidRequestException("customerId", "customerId is required");
    }
    if (!CUSTOMER_ID.matcher(command.customerId()).matches()) {
      throw new InvalidRequestException(
          "customerId", "customerId must be 1-64 letters, digits, '-' or '_'");
    }
    if (command.documentType() == null) {
      throw new InvalidRequestException(
          "documentType",
          "documentType is required, one of " + java.util.Arrays.toString(DocumentType.values()));
    }
    if (command.externalReference() == null || command.externalReference().isBlank()) {
      throw new InvalidRequestException("externalReference", "externalReference is required");
    }
    if (!REFERENCE.matcher(command.externalReference()).matches()) {
      throw new InvalidRequestException(
          "externalReference",
          "externalReference must be 1-128 characters of letters, digits and . _ : / -");
    }
    if (command.title() != null && command.title().length() > 200) {
      throw new InvalidRequestException("title", "title must be at most 200 characters");
    }
    if (command.data() == null) {
      throw new InvalidRequestException(
          "data", "data (the data record, a JSON object) is required");
    }
  }
}
