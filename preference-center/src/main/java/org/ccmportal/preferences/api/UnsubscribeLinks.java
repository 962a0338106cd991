package org.ccmportal.preferences.api;

import java.util.Map;

/**
 * One-click unsubscribe (RFC 8058) for marketing emails. Each link carries a token signed with a
 * server key, bound to one customer and one marketing purpose, with a nonce: a POST to it withdraws
 * that consent at once without login, and works once.
 */
public interface UnsubscribeLinks {

  /** Header name of the link. */
  String LIST_UNSUBSCRIBE = "List-Unsubscribe";

  /** Header name of the one-click marker. */
  String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

  /**
   * The headers a marketing email for this customer and purpose must carry: {@code
   * List-Unsubscribe: <https://.../unsubscribe/TOKEN>} and {@code List-Unsubscribe-Post:
   * List-Unsubscribe=One-Click}, in that order.
   *
   * @throws IllegalArgumentException when the purpose is not a marketing purpose
   */
  Map<String, String> headersFor(String customerId, ConsentPurpose purpose);

  /**
   * Withdraws the consent the token names (ledger method {@code UNSUBSCRIBE_LINK}).
   *
   * @return the purpose withdrawn
   * @throws InvalidLinkException when the token was tampered with or is malformed
   * @throws LinkAlreadyUsedException when the token was used before
   */
  ConsentPurpose unsubscribe(String token);
}
