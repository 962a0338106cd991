package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Time;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.DeliverySettings;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.domain.model.CustomerId;

/**
 * Stores delivery settings in {@code preferences.delivery_settings}, one row per customer, saved
 * whole with an optimistic lock: a save based on an old version changes nothing and is a conflict.
 */
@ApplicationScoped
@Transactional
public class DefaultDeliverySettingsService implements DeliverySettingsService {
  private static final Logger LOG =
      Logger.getLogger(DefaultDeliverySettingsService.class.getName());

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public DeliverySettings current(String customerId) {
    CustomerId id = new CustomerId(customerId);
    List<?> rows =
        em.createNativeQuery(
                "select time_zone, cast(quiet_from as varchar), cast(quiet_to as varchar),"
                    + " language, version from preferences.delivery_settings where customer_id = ?1")
            .setParameter(1, id.value())
            .getResultList();
    if (rows.isEmpty()) {
      return DeliverySettings.DEFAULTS;
    }
    Object[] r = (Object[]) rows.get(0);
    return new DeliverySettings(
        ZoneId.of((String) r[0]),
        time(r[1]),
        time(r[2]),
        (String) r[3],
        ((Number) r[4]).longValue());
  }

  @Override
  public DeliverySettings change(String customerId, DeliverySettings wanted) {
    CustomerId id = new CustomerId(customerId);
    long next = wanted.version() + 1;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int written;
    if (wanted.version() == 0) {
      written =
          em.createNativeQuery(
                  "insert into preferences.delivery_settings (customer_id, time_zone, quiet_from,"
                      + " quiet_to, language, version, updated_at)"
                      + " values (?1, ?2, cast(?3 as time), cast(?4 as time), ?5, 1, ?6)"
                      + " on conflict (customer_id) do nothing")
              .setParameter(1, id.value())
              .setParameter(2, wanted.timeZone().getId())
              .setParameter(3, DeliverySettings.format(wanted.quietFrom()))
              .setParameter(4, DeliverySettings.format(wanted.quietTo()))
              .setParameter(5, wanted.language())
              .setParameter(6, now)
              .executeUpdate();
    } else {
      written =
          em.createNativeQuery(
                  "update preferences.delivery_settings set time_zone = ?2,"
                      + " quiet_from = cast(?3 as time), quiet_to = cast(?4 as time),"
                      + " language = ?5, version = ?7, updated_at = ?6"
                      + " where customer_id = ?1 and version = ?8")
              .setParameter(1, id.value())
              .setParameter(2, wanted.timeZone().getId())
              .setParameter(3, DeliverySettings.format(wanted.quietFrom()))
              .setParameter(4, DeliverySettings.format(wanted.quietTo()))
              .setParameter(5, wanted.language())
              .setParameter(6, now)
              .setParameter(7, next)
              .setParameter(8, wanted.version())
              .executeUpdate();
    }
    if (written != 1) {
      throw new PreferenceConflictException(
          "your settings were changed elsewhere since you read them: read them again and retry");
    }
    LOG.info("delivery settings saved, version " + next);
    return new DeliverySettings(
        wanted.timeZone(), wanted.quietFrom(), wanted.quietTo(), wanted.language(), next);
  }

  private static LocalTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Time t) {
      return t.toLocalTime();
    }
    return LocalTime.parse(value.toString().substring(0, 5));
  }
}
