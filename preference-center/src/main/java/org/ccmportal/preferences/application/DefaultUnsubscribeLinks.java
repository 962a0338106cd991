package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.InvalidLinkException;
import org.ccmportal.preferences.api.LinkAlreadyUsedException;
import org.ccmportal.preferences.api.UnsubscribeLinks;
import org.ccmportal.preferences.domain.model.ChangeJournal;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.UnsubscribeToken;

/**
 * Issues and honours one-click unsubscribe links. Using a link stores its nonce and appends the
 * withdrawal in one transaction: a tampered link changes nothing, a second use changes nothing.
 */
@ApplicationScoped
@Transactional
public class DefaultUnsubscribeLinks implements UnsubscribeLinks {

  @Inject LinkTokens tokens;
  @Inject ChangeJournal journal;
  @Inject ConsentService consents;

  @Override
  public Map<String, String> headersFor(String customerId, ConsentPurpose purpose) {
    String token =
        tokens.sign(UnsubscribeToken.issue(new CustomerId(customerId), purpose).payload());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(LIST_UNSUBSCRIBE, "<" + PortalUrl.base() + "/unsubscribe/" + token + ">");
    headers.put(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
    return headers;
  }

  @Override
  public ConsentPurpose unsubscribe(String token) {
    UnsubscribeToken link =
        tokens
            .verify(token)
            .flatMap(UnsubscribeToken::parse)
            .orElseThrow(
                () ->
                    new InvalidLinkException(
                        "this unsubscribe link is not valid (it may have been altered)"));
    if (!journal.useNonce(link.nonce(), link.customerId())) {
      throw new LinkAlreadyUsedException("this unsubscribe link has already been used");
    }
    consents.record(
        link.customerId().value(),
        link.purpose(),
        ConsentDecision.WITHDRAWN,
        null,
        new ChangedBy(ChangeMethod.UNSUBSCRIBE_LINK, "unsubscribe-link", null));
    return link.purpose();
  }
}
