package org.ccmportal.vault.application.delivery;

import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.domain.model.delivery.NoticeMessage;
import org.ccmportal.vault.domain.model.document.Document;

/** The "new document" notice of each channel: the kind of document and the portal's address. */
final class NoticeTexts {
  private NoticeTexts() {}

  static NoticeMessage of(Channel channel, Document document) {
    return switch (channel) {
      case EMAIL -> NoticeMessage.newDocument(kindOf(document), portalUrl());
      case SMS -> NoticeMessage.newDocumentSms(portalUrl());
      default -> throw new IllegalArgumentException("no notice is sent on " + channel);
    };
  }

  /** The portal's public address ({@code CCM_PORTAL_URL}). */
  static String portalUrl() {
    return System.getenv().getOrDefault("CCM_PORTAL_URL", "http://localhost:8080");
  }

  private static String kindOf(Document document) {
    return switch (document.type()) {
      case STATEMENT -> "statement";
      case REGULATORY_NOTICE -> "notice";
      case POLICY_DOCUMENT -> "policy document";
      case PAYMENT_REMINDER -> "payment reminder";
      case PRIVACY_NOTICE -> "privacy notice";
      case MARKETING_OFFER -> "offer";
    };
  }
}
