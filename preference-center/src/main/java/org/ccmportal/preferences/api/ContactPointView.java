package org.ccmportal.preferences.api;

import java.time.Instant;

/**
 * A contact point as its owner sees it (shown to its owner only).
 *
 * @param id id
 * @param kind EMAIL, SMS or POSTAL
 * @param value the address, decrypted
 * @param verified whether it was verified (only verified points are ever used)
 * @param verifiedAt when, or null
 * @param createdAt when it was added
 * @param bounced whether mail to it bounced permanently since it was verified (then it is not used
 *     until it is verified again)
 * @param bouncedAt when, or null
 */
public record ContactPointView(
    long id,
    String kind,
    String value,
    boolean verified,
    Instant verifiedAt,
    Instant createdAt,
    boolean bounced,
    Instant bouncedAt) {}
