package org.ccmportal.preferences.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A customer's time zone, SMS quiet hours and preferred language.
 *
 * <p>Quiet hours are the local times from {@code quietFrom} (included) to {@code quietTo}
 * (excluded) in the customer's time zone; when {@code quietFrom} is after {@code quietTo} they run
 * across midnight (22:00 to 07:00 is quiet from 22:00 until 06:59). No SMS is sent during quiet
 * hours. Both times are set, or neither (no quiet hours); they may not be equal.
 *
 * @param timeZone the customer's IANA time zone
 * @param quietFrom start of the quiet hours, or null
 * @param quietTo end of the quiet hours (excluded), or null
 * @param language ISO 639-1 code, one of {@link #LANGUAGES}
 * @param version the optimistic-lock version; 0 while the customer never saved settings
 */
public record DeliverySettings(
    ZoneId timeZone, LocalTime quietFrom, LocalTime quietTo, String language, long version) {

  /** Languages we write to customers in. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "de", "nl");

  /** The settings of a customer who never chose any. */
  public static final DeliverySettings DEFAULTS =
      new DeliverySettings(ZoneId.of("Europe/London"), null, null, "en", 0);

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * @throws InvalidChangeException naming the field at fault
   */
  public DeliverySettings {
    if (timeZone == null) {
      throw new InvalidChangeException("timeZone", "timeZone is required");
    }
    if ((quietFrom == null) != (quietTo == null)) {
      throw new InvalidChangeException(
          quietFrom == null ? "quietFrom" : "quietTo",
          "quietFrom and quietTo are set together (or both left empty for no quiet hours)");
    }
    if (quietFrom != null && quietFrom.equals(quietTo)) {
      throw new InvalidChangeException("quietTo", "quietTo must differ from quietFrom");
    }
    if (!LANGUAGES.contains(language)) {
      throw new InvalidChangeException("language", "language must be one of " + LANGUAGES);
    }
  }

  /** Whether {@code at} falls in the quiet hours, in the customer's time zone. */
  public boolean quietAt(Instant at) {
    Objects.requireNonNull(at, "at");
    if (quietFrom == null) {
      return false;
    }
    LocalTime local = at.atZone(timeZone).toLocalTime();
    if (quietFrom.isBefore(quietTo)) {
      return !local.isBefore(quietFrom) && local.isBefore(quietTo);
    }
    return !local.isBefore(quietFrom) || local.isBefore(quietTo);
  }

  /**
   * Parses the text fields of a request.
   *
   * @throws InvalidChangeException naming the field at fault
   */
  public static DeliverySettings parse(
      String timeZone, String quietFrom, String quietTo, String language, long version) {
    if (timeZone == null || timeZone.isBlank()) {
      throw new InvalidChangeException("timeZone", "timeZone is required (e.g. Europe/Paris)");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new InvalidChangeException(
          "timeZone", "timeZone must be an IANA time zone id such as Europe/Paris");
    }
    if (!zone.getId().contains("/") && !zone.getId().equals("UTC")) {
      throw new InvalidChangeException(
          "timeZone", "timeZone must be an IANA time zone id such as Europe/Paris");
    }
    if (language == null) {
      throw new InvalidChangeException("language", "language is required, one of " + LANGUAGES);
    }
    return new DeliverySettings(
        zone, time(quietFrom, "quietFrom"), time(quietTo, "quietTo"), language, version);
  }

  /** A time as HH:mm, or null. */
  public static String format(LocalTime time) {
    return time == null ? null : HH_MM.format(time);
  }

  private static LocalTime time(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("\\d{2}:\\d{2}")) {
      throw new InvalidChangeException(field, field + " must be a time as HH:mm, e.g. 22:00");
    }
    try {
      return LocalTime.parse(value, HH_MM);
    } catch (DateTimeParseException e) {
      throw new InvalidChangeException(field, field + " must be a time as HH:mm, e.g. 22:00");
    }
  }
}
