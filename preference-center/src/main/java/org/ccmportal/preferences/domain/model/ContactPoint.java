package org.ccmportal.preferences.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.ccmportal.preferences.infrastructure.jpa.EncryptedStringConverter;

/**
 * A way to reach a customer: an email address, a mobile number or a postal address. Only a verified
 * contact point is ever used to send anything, and only from the moment it was verified.
 *
 * <p>A customer may remove a contact point. Removal is recorded, not deleted: the point keeps its
 * history (when it was added, verified, bounced, removed) but is never used, shown or verified
 * again; adding the same address later makes a new contact point.
 *
 * <p>The value is personal data: it is stored encrypted (AES-256, random IV) and found by its keyed
 * lookup hash, never by its ciphertext.
 */
@Entity
@Table(name = "contact_point")
public class ContactPoint {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL_LENGTH = 254;
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false, length = 64)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private ContactKind kind;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "value", nullable = false, updatable = false, length = 1024)
  private String value;

  @Column(name = "value_hash", nullable = false, updatable = false, length = 64)
  private String valueHash;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "bounced_at")
  private Instant bouncedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected ContactPoint() {}

  private ContactPoint(
      CustomerId customerId, ContactKind kind, String value, String valueHash, Instant now) {
    this.customerId = customerId.value();
    this.kind = kind;
    this.value = value;
    this.valueHash = valueHash;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
  }

  /** An email address already verified (demo data, staff on-boarding). */
  public static ContactPoint verifiedEmail(
      CustomerId customerId, String email, ContactPointHasher hasher, Instant now) {
    ContactPoint point = unverifiedEmail(customerId, email, hasher, now);
    point.verifiedAt = point.createdAt;
    return point;
  }

  /** An email address the customer added: unusable until they follow the verification link. */
  public static ContactPoint unverifiedEmail(
      CustomerId customerId, String email, ContactPointHasher hasher, Instant now) {
    String address = normalizeEmail(email);
    return new ContactPoint(
        customerId, ContactKind.EMAIL, address, hasher.hash(ContactKind.EMAIL, address), now);
  }

  /**
   * A postal address confirmed by staff or on-boarding (print needs one): lines separated by line
   * breaks, each trimmed, empty lines dropped, at most 6 lines of at most 80 characters.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static ContactPoint verifiedPostal(
      CustomerId customerId, String address, ContactPointHasher hasher, Instant now) {
    String normalized = normalizePostal(address);
    ContactPoint point =
        new ContactPoint(
            customerId,
            ContactKind.POSTAL,
            normalized,
            hasher.hash(ContactKind.POSTAL, normalized),
            now);
    point.verifiedAt = point.createdAt;
    return point;
  }

  /** The postal address as stored; see {@link #verifiedPostal}. */
  public static String normalizePostal(String address) {
    java.util.List<String> lines =
        address == null
            ? java.util.List.of()
            : address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2 || lines.size() > 6 || lines.stream().anyMatch(l -> l.length() > 80)) {
      throw new IllegalArgumentException(
          "value must be a postal address of 2 to 6 lines of at most 80 characters each");
    }
    return String.join("\n", lines);
  }

  /** A mobile number the customer added: unusable until they enter the code sent to it. */
  public static ContactPoint unverifiedMobile(
      CustomerId customerId, String number, ContactPointHasher hasher, Instant now) {
    String e164 = normalizeMobile(number);
    return new ContactPoint(
        customerId, ContactKind.SMS, e164, hasher.hash(ContactKind.SMS, e164), now);
  }

  /**
   * The number as stored, in E.164: {@code +}, a country code and at most 15 digits in all, without
   * spaces, dots, dashes or brackets (those are removed first).
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static String normalizeMobile(String number) {
    String compact =
        number == null || number.length() > 40
            ? ""
            : PHONE_SEPARATORS.matcher(number.strip()).replaceAll("");
    if (!E164.matcher(compact).matches()) {
      throw new IllegalArgumentException(
          "value must be a mobile number in international format, like +447700900123");
    }
    return compact;
  }

  /**
   * The address as stored: trimmed, at most 254 characters, one {@code @} and a dotted domain.
   *
   * @throws IllegalArgumentException naming the field and what was expected
   */
  public static String normalizeEmail(String email) {
    String trimmed = email == null ? "" : email.strip();
    if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "email must be an address like name@example.org of at most 254 characters");
    }
    return trimmed;
  }

  /**
   * Marks the contact point verified now; verifying it again keeps the first time. Verifying a
   * bounced address again makes it usable again, from now on.
   */
  public void verify(Instant now) {
    if (removedAt != null) {
      throw new IllegalStateException("a removed contact point cannot be verified again");
    }
    if (verifiedAt == null || bouncedAt != null) {
      verifiedAt = now.truncatedTo(ChronoUnit.MICROS);
      bouncedAt = null;
    }
  }

  /**
   * Marks a verified address BOUNCED: mail to it failed permanently, so it is not used again until
   * it is verified again. An unverified, already bounced or removed address stays as it is.
   *
   * @return whether the state changed
   */
  public boolean bounce(Instant now) {
    if (verifiedAt == null || bouncedAt != null || removedAt != null) {
      return false;
    }
    bouncedAt = now.truncatedTo(ChronoUnit.MICROS);
    return true;
  }

  /**
   * Removes the contact point at its owner's request: from now on it is never used, shown or
   * verified again. Removal is final and happens once.
   *
   * @return whether it was removed now (false when it already was)
   */
  public boolean remove(Instant now) {
    if (removedAt != null) {
      return false;
    }
    removedAt = now.truncatedTo(ChronoUnit.MICROS);
    return true;
  }

  /** Whether its owner removed it. */
  public boolean removed() {
    return removedAt != null;
  }

  /** When its owner removed it, or null. */
  public Instant removedTime() {
    return removedAt;
  }

  /** Whether it may be used now: verified, not bounced since, and not removed. */
  public boolean usable() {
    return verifiedAt != null && bouncedAt == null && removedAt == null;
  }

  /** When mail to it bounced permanently, or null. */
  public Instant bouncedTime() {
    return bouncedAt;
  }

  /** Whether the contact point was verified at or before {@code at}. */
  public boolean verifiedAt(Instant at) {
    return verifiedAt != null && !verifiedAt.isAfter(at);
  }

  /** The database id, or null before it is stored. */
  public Long id() {
    return id;
  }

  public CustomerId customerId() {
    return new CustomerId(customerId);
  }

  public ContactKind kind() {
    return kind;
  }

  public String value() {
    return value;
  }

  /** When it was added. */
  public Instant createdTime() {
    return createdAt;
  }

  /** When it was verified, or null when it never was. */
  public Instant verifiedTime() {
    return verifiedAt;
  }
}
