package org.ccmportal.preferences.api;

/**
 * A version of the text a customer agrees to; its SHA-256 is recorded with every consent.
 *
 * @param purpose the purpose it is for
 * @param version its version, from 1
 * @param sha256 hex SHA-256 of {@code text} in UTF-8
 * @param text the text shown to the customer
 */
public record ConsentText(ConsentPurpose purpose, int version, String sha256, String text) {}
