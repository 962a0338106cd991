package org.ccmportal.vault.domain.model.delivery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice as it is sent, kept so the archive holds exactly the text the customer received. A "new
 * document" notice names only the kind of document and links to the portal: no name, no amount, no
 * account number.
 */
public record NoticeMessage(String subject, String body, Map<String, String> headers) {

  public NoticeMessage {
    headers =
        headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public NoticeMessage(String subject, String body) {
    this(subject, body, Map.of());
  }

  /**
   * The email that a new offer is in the customer's secure inbox: no personal data, the way to stop
   * offers by email in the body, and the unsubscribe headers of RFC 8058 ({@code List-Unsubscribe}
   * with its one-click {@code List-Unsubscribe-Post}).
   */
  public static NoticeMessage newOffer(String portalUrl, Map<String, String> unsubscribeHeaders) {
    String link = unsubscribeHeaders.getOrDefault("List-Unsubscribe", "");
    if (link.startsWith("<") && link.endsWith(">")) {
      link = link.substring(1, link.length() - 1);
    }
    return new NoticeMessage(
        "A new offer is in your secure inbox",
        "A new offer is available in your secure inbox.\n\n"
            + "Sign in to read it: "
            + portalUrl
            + "/inbox.xhtml\n\n"
            + "You receive this because you agreed to hear about our offers by email."
            + " To stop, use this link (one click, no sign-in): "
            + link
            + "\n",
        unsubscribeHeaders);
  }

  /** The notice that a new document of this kind is in the customer's secure inbox. */
  public static NoticeMessage newDocument(String documentKind, String portalUrl) {
    return new NoticeMessage(
        "You have a new document in your secure inbox",
        "A new "
            + documentKind
            + " is available in your secure inbox.\n\n"
            + "Sign in to read it: "
            + portalUrl
            + "/inbox.xhtml\n\n"
            + "For your security this email contains no personal details."
            + " We will never ask for your password by email.\n");
  }

  /**
   * The text message that a new document is in the customer's secure inbox: the portal's address
   * and nothing else.
   */
  public static NoticeMessage newDocumentSms(String portalUrl) {
    return new NoticeMessage(null, "New document in your CCM Portal: " + portalUrl);
  }

  /** The message as the archive keeps it (with its extra headers, as sent). */
  public String asText() {
    StringBuilder text = new StringBuilder();
    headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    if (subject != null) {
      text.append("Subject: ").append(subject).append("\n\n");
    } else if (!text.isEmpty()) {
      text.append('\n');
    }
    return text.append(body).toString();
  }
}
