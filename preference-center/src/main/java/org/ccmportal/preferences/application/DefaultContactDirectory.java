package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointHasher;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;

/**
 * Verified contact points; registering the same address twice changes nothing. A contact point its
 * owner removed is never returned, and registering its address again makes a new contact point.
 */
@ApplicationScoped
@Transactional
public class DefaultContactDirectory implements ContactDirectory {

  @Inject ContactPointRepository contactPoints;
  @Inject ContactPointHasher hasher;

  @Override
  public Optional<String> verifiedEmail(String customerId) {
    return contactPoints
        .newestVerified(new CustomerId(customerId), ContactKind.EMAIL, Instant.now())
        .map(ContactPoint::value);
  }

  /**
   * Stores the address as verified; an address the customer already has is not stored again, and if
   * it was still unverified it becomes verified now.
   */
  @Override
  public void registerVerifiedEmail(String customerId, String email) {
    CustomerId id = new CustomerId(customerId);
    String address = ContactPoint.normalizeEmail(email);
    Instant now = Instant.now();
    contactPoints
        .findByHash(id, ContactKind.EMAIL, hasher.hash(ContactKind.EMAIL, address))
        .ifPresentOrElse(
            existing -> existing.verify(now),
            () -> contactPoints.add(ContactPoint.verifiedEmail(id, address, hasher, now)));
  }

  @Override
  public void registerVerifiedPostalAddress(String customerId, String address) {
    CustomerId id = new CustomerId(customerId);
    String normalized = ContactPoint.normalizePostal(address);
    Instant now = Instant.now();
    contactPoints
        .findByHash(id, ContactKind.POSTAL, hasher.hash(ContactKind.POSTAL, normalized))
        .ifPresentOrElse(
            existing -> existing.verify(now),
            () -> contactPoints.add(ContactPoint.verifiedPostal(id, normalized, hasher, now)));
  }
}
