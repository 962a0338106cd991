package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.CodeRejectedException;
import org.ccmportal.preferences.api.CodeResendTooSoonException;
import org.ccmportal.preferences.api.ContactPointNotFoundException;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.api.InvalidLinkException;
import org.ccmportal.preferences.api.SmsGateway;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointHasher;
import org.ccmportal.preferences.domain.model.ContactPointRemoval;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.ShortCodeHasher;
import org.ccmportal.preferences.domain.model.VerificationCode;
import org.ccmportal.preferences.domain.model.VerificationCodeRepository;
import org.ccmportal.preferences.domain.model.VerificationMailer;
import org.ccmportal.preferences.domain.model.VerificationToken;

/** A customer's contact points, the email and mobile verification flows, and removal. */
@ApplicationScoped
@Transactional
public class DefaultContactPoints implements ContactPoints {
  private static final Logger LOG = Logger.getLogger(DefaultContactPoints.class.getName());

  @Inject ContactPointRepository contactPoints;
  @Inject ContactPointHasher hasher;
  @Inject LinkTokens tokens;
  @Inject VerificationMailer mailer;
  @Inject VerificationCodeRepository codes;
  @Inject ShortCodeHasher codeHasher;
  @Inject SmsGateway sms;

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
    if (!point.usable()) {
      String token = tokens.sign(VerificationToken.issue(point.id(), id, now).payload());
      mailer.sendVerificationLink(address, PortalUrl.base() + "/verify-email?token=" + token);
      LOG.info("verification link sent for contact point " + point.id());
    }
    return view(point);
  }

  @Override
  public ContactPointView find(String customerId, long contactPointId) {
    return view(owned(new CustomerId(customerId), contactPointId));
  }

  @Override
  public ContactPointView addMobile(String customerId, String number) {
    CustomerId id = new CustomerId(customerId);
    String e164;
    try {
      e164 = ContactPoint.normalizeMobile(number);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException("value", e.getMessage());
    }
    Instant now = Instant.now();
    ContactPoint point =
        contactPoints
            .findByHash(id, ContactKind.SMS, hasher.hash(ContactKind.SMS, e164))
            .orElseGet(
                () -> {
                  ContactPoint added = ContactPoint.unverifiedMobile(id, e164, hasher, now);
                  contactPoints.add(added);
                  return added;
                });
    if (point.verifiedTime() == null) {
      sendCode(point, now);
    }
    return view(point);
  }

  @Override
  public ContactPointView resendCode(String customerId, long contactPointId) {
    ContactPoint point = owned(new CustomerId(customerId), contactPointId);
    if (point.kind() != ContactKind.SMS || point.verifiedTime() != null) {
      throw new ContactPointNotFoundException();
    }
    sendCode(point, Instant.now());
    return view(point);
  }

  /**
   * The try is stored even when the code is refused (so the 5-try limit holds); nothing else
   * changes then.
   */
  @Override
  @Transactional(dontRollbackOn = CodeRejectedException.class)
  public ContactPointView verifyMobile(String customerId, long contactPointId, String code) {
    ContactPoint point = owned(new CustomerId(customerId), contactPointId);
    if (point.kind() != ContactKind.SMS) {
      throw new ContactPointNotFoundException();
    }
    if (point.verifiedTime() != null) {
      return view(point);
    }
    Instant now = Instant.now();
    VerificationCode current =
        codes
            .latestForUpdate(point.id())
            .orElseThrow(() -> new CodeRejectedException("no code was sent: ask for a new one", 0));
    VerificationCode.Outcome outcome = current.attempt(code, codeHasher, now);
    LOG.info("verification code for contact point " + point.id() + ": " + outcome);
    switch (outcome) {
      case VERIFIED -> point.verify(now);
      case WRONG ->
          throw new CodeRejectedException(
              "the code is not right: " + current.attemptsLeft() + " tries left",
              current.attemptsLeft());
      case EXPIRED -> throw new CodeRejectedException("the code has expired: ask for a new one", 0);
      case LOCKED, USED ->
          throw new CodeRejectedException(
              "the code was tried too often and no longer works: ask for a new one", 0);
    }
    return view(point);
  }

  /** Issues a new code (if the resend limits allow) and sends it; the code itself is not kept. */
  private void sendCode(ContactPoint point, Instant now) {
    long wait =
        VerificationCode.waitBeforeNext(
            codes.latestForUpdate(point.id()).orElse(null),
            codes.countSince(point.id(), now.minus(Duration.ofHours(1))),
            now);
    if (wait > 0) {
      throw new CodeResendTooSoonException(wait);
    }
    String code = VerificationCode.randomCode();
    VerificationCode issued = VerificationCode.issue(point.id(), code, codeHasher, now);
    codes.add(issued);
    sms.send(
        point.value(),
        "Your CCM Portal verification code is "
            + code
            + ". It expires in 10 minutes. Never share it: we will not ask you for it.",
        "verify-mobile:" + issued.id());
    LOG.info("verification code sent for contact point " + point.id());
  }

  /**
   * Locks the contact point, so that a second removal of it waits for the first and then finds it
   * removed (404), and appends the record of the removal.
   */
  @Override
  public void remove(String customerId, long contactPointId, ChangeMethod method) {
    CustomerId owner = new CustomerId(customerId);
    ContactPoint point =
        contactPoints
            .findByIdForUpdate(contactPointId)
            .filter(p -> p.customerId().equals(owner) && !p.removed())
            .orElseThrow(ContactPointNotFoundException::new);
    point.remove(Instant.now());
    contactPoints.addRemoval(new ContactPointRemoval(point, method));
    LOG.info("contact point " + point.id() + " (" + point.kind() + ") removed via " + method);
  }

  /** The owner's contact point that was not removed; anything else is not found. */
  private ContactPoint owned(CustomerId owner, long contactPointId) {
    return contactPoints
        .findById(contactPointId)
        .filter(p -> p.customerId().equals(owner) && !p.removed())
        .orElseThrow(ContactPointNotFoundException::new);
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
            .filter(p -> p.customerId().equals(link.customerId()) && !p.removed())
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
        p.createdTime(),
        p.bouncedTime() != null,
        p.bouncedTime());
  }
}
