package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.Optional;

/** Stored verification codes (hashes only). */
public interface VerificationCodeRepository {

  /** The newest code of the contact point, locked for update (tries are counted one at a time). */
  Optional<VerificationCode> latestForUpdate(long contactPointId);

  /** How many codes were issued for the contact point since {@code since}. */
  long countSince(long contactPointId, Instant since);

  void add(VerificationCode code);
}
