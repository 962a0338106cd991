package org.ccmportal.preferences.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A short code that verifies a mobile number: 6 random digits sent by SMS, stored only as a salted
 * keyed hash. It works for {@link #VALIDITY} (10 minutes) and for at most {@link #MAX_ATTEMPTS}
 * tries: after the fifth wrong try it is locked and only a new code helps. A new code replaces the
 * earlier ones; it can be sent at most once per {@link #RESEND_INTERVAL} and {@link
 * #MAX_CODES_PER_HOUR} times an hour per number, so the gateway cannot be used to flood a phone.
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

  /** How long a code works. */
  public static final Duration VALIDITY = Duration.ofMinutes(10);

  /** Tries per code, right one included. */
  public static final int MAX_ATTEMPTS = 5;

  /** Least time between two codes for the same number. */
  public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

  /** Most codes per number in any hour. */
  public static final int MAX_CODES_PER_HOUR = 5;

  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a try gives. */
  public enum Outcome {
    VERIFIED,
    WRONG,
    EXPIRED,
    LOCKED,
    USED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contact_point_id", nullable = false, updatable = false)
  private long contactPointId;

  @Column(name = "salt", nullable = false, updatable = false, length = 32)
  private String salt;

  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected VerificationCode() {}

  private VerificationCode(long contactPointId, String code, ShortCodeHasher hasher, Instant now) {
    byte[] s = new byte[16];
    RANDOM.nextBytes(s);
    this.contactPointId = contactPointId;
    this.salt = HexFormat.of().formatHex(s);
    this.codeHash = hasher.hash(contactPointId, salt, code);
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = createdAt.plus(VALIDITY);
  }

  /** A new random 6-digit code, leading zeros included. */
  public static String randomCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** The stored form of {@code code} for the contact point (the code itself is not kept). */
  public static VerificationCode issue(
      long contactPointId, String code, ShortCodeHasher hasher, Instant now) {
    if (!SIX_DIGITS.matcher(code).matches()) {
      throw new IllegalArgumentException("a code has 6 digits");
    }
    return new VerificationCode(contactPointId, code, hasher, now);
  }

  /**
   * Seconds until another code may be sent for this number, given its latest code and how many were
   * sent in the last hour; 0 when one may be sent now.
   */
  public static long waitBeforeNext(VerificationCode latest, long codesLastHour, Instant now) {
    long wait = 0;
    if (latest != null) {
      wait = Math.max(wait, seconds(now, latest.createdAt.plus(RESEND_INTERVAL)));
    }
    if (codesLastHour >= MAX_CODES_PER_HOUR && latest != null) {
      wait = Math.max(wait, seconds(now, latest.createdAt.plus(Duration.ofHours(1))));
      wait = Math.max(wait, 1);
    }
    return wait;
  }

  /**
   * One try. A wrong code counts; so does any input that is not 6 digits. An expired, locked or
   * used code says so and counts nothing.
   */
  public Outcome attempt(String code, ShortCodeHasher hasher, Instant now) {
    if (usedAt != null) {
      return Outcome.USED;
    }
    if (!now.isBefore(expiresAt)) {
      return Outcome.EXPIRED;
    }
    if (attempts >= MAX_ATTEMPTS) {
      return Outcome.LOCKED;
    }
    attempts++;
    String candidate = code == null ? "" : code.strip();
    boolean right =
        SIX_DIGITS.matcher(candidate).matches()
            && MessageDigest.isEqual(
                codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hasher
                    .hash(contactPointId, salt, candidate)
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    if (right) {
      usedAt = now.truncatedTo(ChronoUnit.MICROS);
      return Outcome.VERIFIED;
    }
    return attempts >= MAX_ATTEMPTS ? Outcome.LOCKED : Outcome.WRONG;
  }

  /** Tries left before the code locks. */
  public int attemptsLeft() {
    return Math.max(0, MAX_ATTEMPTS - attempts);
  }

  public Long id() {
    return id;
  }

  public long contactPointId() {
    return contactPointId;
  }

  public Instant createdTime() {
    return createdAt;
  }

  public Instant expiresTime() {
    return expiresAt;
  }

  private static long seconds(Instant now, Instant until) {
    return now.isBefore(until) ? Math.max(1, Duration.between(now, until).toSeconds()) : 0;
  }
}
