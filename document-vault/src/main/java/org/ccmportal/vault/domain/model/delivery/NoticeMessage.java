package org.ccmportal.vault.domain.model.delivery;

/**
 * A notice as it is sent, kept so the archive holds exactly the text the customer received. A "new
 * document" notice names only the kind of document and links to the portal: no name, no amount, no
 * account number.
 */
public record NoticeMessage(String subject, String body) {

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
}
