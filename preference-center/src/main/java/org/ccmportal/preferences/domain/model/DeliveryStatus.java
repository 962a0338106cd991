package org.ccmportal.preferences.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recipients of a delivery status notification (RFC 3464: the {@code message/delivery-status}
 * part of a {@code multipart/report; report-type=delivery-status} message). A recipient whose
 * action is {@code failed} with a status of class 5 ({@code 5.x.x}, RFC 3463) bounced permanently:
 * the address must not be used again until it is verified again. Class 4 ({@code 4.x.x}, e.g. a
 * full mailbox) is transient and changes nothing.
 */
public final class DeliveryStatus {

  private static final Pattern STATUS = Pattern.compile("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3d\\x3f-\\x7e]{3,250}>");

  /**
   * One recipient's report.
   *
   * @param address the final recipient's address (RFC 822 type), lower-cased domain untouched
   * @param action {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code
   *     expanded}
   * @param status the RFC 3463 status code, e.g. {@code 5.1.1}
   */
  public record Recipient(String address, String action, String status) {

    /** A permanent failure: action failed, status class 5. */
    public boolean permanent() {
      return "failed".equals(action) && status.startsWith("5.");
    }
  }

  private DeliveryStatus() {}

  /**
   * The recipients with a well-formed {@code Final-Recipient} of type {@code rfc822} and a {@code
   * Status}; other recipient blocks are left out.
   */
  public static List<Recipient> recipients(String deliveryStatus) {
    List<Recipient> result = new ArrayList<>();
    // the per-message block (Reporting-MTA, ...) has no Final-Recipient and is skipped
    for (Map<String, String> block : blocks(deliveryStatus == null ? "" : deliveryStatus)) {
      recipient(block).ifPresent(result::add);
    }
    return List.copyOf(result);
  }

  private static Optional<Recipient> recipient(Map<String, String> fields) {
    String finalRecipient = fields.get("final-recipient");
    String status = fields.get("status");
    if (finalRecipient == null || status == null) {
      return Optional.empty();
    }
    int semicolon = finalRecipient.indexOf(';');
    if (semicolon < 0
        || !"rfc822".equalsIgnoreCase(finalRecipient.substring(0, semicolon).strip())) {
      return Optional.empty();
    }
    String address = finalRecipient.substring(semicolon + 1).strip();
    if (address.startsWith("<") && address.endsWith(">")) {
      address = address.substring(1, address.length() - 1);
    }
    String code = status.strip().split("[\\s(]", 2)[0];
    if (address.isEmpty() || !STATUS.matcher(code).matches()) {
      return Optional.empty();
    }
    String action = fields.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT);
    return Optional.of(new Recipient(address, action, code));
  }

  /**
   * The {@code Message-ID} of the reported message, from the copy of its header that a report
   * returns (the {@code text/rfc822-headers} or {@code message/rfc822} part, RFC 3462); empty when
   * the copy has none or it is malformed. The value keeps its angle brackets.
   */
  public static Optional<String> originalMessageId(String returnedHeaders) {
    if (returnedHeaders == null) {
      return Optional.empty();
    }
    List<Map<String, String>> blocks = blocks(returnedHeaders);
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    String id = blocks.get(0).get("message-id");
    if (id == null) {
      return Optional.empty();
    }
    id = id.strip();
    return MESSAGE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  /** Blocks of header-style fields separated by blank lines; names lower-cased, lines unfolded. */
  private static List<Map<String, String>> blocks(String text) {
    List<Map<String, String>> blocks = new ArrayList<>();
    Map<String, String> current = new LinkedHashMap<>();
    String last = null;
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new LinkedHashMap<>();
        }
        last = null;
      } else if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
        current.put(last, current.get(last) + " " + line.strip());
      } else {
        int colon = line.indexOf(':');
        if (colon > 0) {
          last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          current.putIfAbsent(last, line.substring(colon + 1).strip());
        }
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }
}
