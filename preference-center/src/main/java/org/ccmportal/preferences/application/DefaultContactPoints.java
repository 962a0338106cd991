package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.api.InvalidLinkException;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointHasher;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.VerificationMailer;
import org.ccmportal.preferences.domain.model.VerificationToken;

/** A customer's contact points and the email verification flow. */
@ApplicationScoped
@Transactional
public class DefaultContactPoints implements ContactPoints {
  private static final Logger LOG = Logger.getLogger(DefaultContactPoints.class.getName());

  @Inject ContactPointRepository contactPoints;
  @Inject ContactPointHasher hasher;
  @Inject LinkTokens tokens;
  @Inject VerificationMailer mailer;

  @Override
  public List<ContactPointView> of(String customerId) {
    return contactPoints.of(new CustomerId(customerId)).stream()
        .map(DefaultContactPoints::view)
        .toList();
  }

  @Override
  public ContactPointView addEmail(String customerId, String email) {
    CustomerId id = new CustomerId(customerId);
    String address;
    try {
      address = ContactPoint.normalizeEmail(email);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException("value", e.getMessage().replace("email", "value"));
    }
    Instant now = Instant.now();
    ContactPoint point =
        contactPoints
            .findByHash(id, ContactKind.EMAIL, hasher.hash(ContactKind.EMAIL, address))
            .orElseGet(
                () -> {
                  ContactPoint added = ContactPoint.unverifiedEmail(id, address, hasher, now);
                  contactPoints.add(added);
                  return added;
                });
    if (point.verifiedTime() == null) {
      String token = tokens.sign(VerificationToken.issue(point.id(), id, now).payload());
      mailer.sendVerificationLink(address, PortalUrl.base() + "/verify-email?token=" + token);
      LOG.info("verification link sent for contact point " + point.id());
    }
    return view(point);
  }

  @Override
  public ContactPointView verify(String token) {
    VerificationToken link =
        tokens
            .verify(token)
            .flatMap(VerificationToken::parse)
            .orElseThrow(() -> new InvalidLinkException("this verification link is not valid"));
    Instant now = Instant.now();
    if (link.expired(now)) {
      throw new InvalidLinkException(
          "this verification link has expired; add the address again to get a new one");
    }
    ContactPoint point =
        contactPoints
            .findById(link.contactPointId())
            .filter(p -> p.customerId().equals(link.customerId()))
            .orElseThrow(() -> new InvalidLinkException("this verification link is not valid"));
    point.verify(now);
    LOG.info("contact point " + point.id() + " verified");
    return view(point);
  }

  private static ContactPointView view(ContactPoint p) {
    return new ContactPointView(
        p.id(),
        p.kind().name(),
        p.value(),
        p.verifiedTime() != null,
        p.verifiedTime(),
        p.createdTime());
  }
}
