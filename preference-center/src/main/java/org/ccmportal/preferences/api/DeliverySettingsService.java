package org.ccmportal.preferences.api;

/** A customer's time zone, SMS quiet hours and language: their own, read and saved whole. */
public interface DeliverySettingsService {

  /** The customer's settings, or {@link DeliverySettings#DEFAULTS} (version 0) if never saved. */
  DeliverySettings current(String customerId);

  /**
   * Saves the settings; {@code wanted.version()} must be the version last read.
   *
   * @return the saved settings with their new version
   * @throws PreferenceConflictException when someone saved since that version was read
   */
  DeliverySettings change(String customerId, DeliverySettings wanted);
}
