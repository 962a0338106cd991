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
 */
public record ContactPointView(
    long id, String kind, String value, boolean verified, Instant verifiedAt, Instant createdAt) {}
