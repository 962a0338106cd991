package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.DeliverySettings;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.vault.api.Actor;

/**
 * The delivery settings section of the preferences page: the customer's time zone, the quiet hours
 * in which no SMS reaches them (in that time zone, across midnight when the start is after the
 * end), and the language we write to them in. Saved whole, with the version read: when the settings
 * were saved elsewhere in between, nothing is overwritten and the page shows what is now saved,
 * with a message.
 */
@Named
@ViewScoped
public class ChangeDeliverySettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ChangeDeliverySettings.class.getName());

  /** Time zones offered: the IANA region ids (Europe/Berlin) and UTC, in alphabetical order. */
  private static final List<String> TIME_ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.equals("UTC") || (z.contains("/") && !z.startsWith("Etc/")))
          .filter(z -> !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  @Inject transient DeliverySettingsService settings;
  @Inject transient Actor actor;

  private boolean loaded;
  private long version;
  private String timeZone;
  private String quietFrom;
  private String quietTo;
  private String language;

  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public List<String> getLanguages() {
    return DeliverySettings.LANGUAGES;
  }

  /** Saves the settings as entered; a bad field gets its message next to it. */
  public void save() {
    load();
    try {
      show(
          settings.change(
              actor.customerId(),
              DeliverySettings.parse(timeZone, quietFrom, quietTo, language, version)));
      message(null, FacesMessage.SEVERITY_INFO, "settings.saved");
    } catch (InvalidChangeException e) {
      LOG.fine("delivery settings refused: " + e.field());
      message(
          "settings:" + e.field(), FacesMessage.SEVERITY_ERROR, "settings.invalid." + e.field());
    } catch (PreferenceConflictException e) {
      show(settings.current(actor.customerId()));
      message(null, FacesMessage.SEVERITY_WARN, "settings.conflict");
    }
  }

  private void load() {
    if (!loaded) {
      show(settings.current(actor.customerId()));
    }
  }

  private void show(DeliverySettings s) {
    loaded = true;
    version = s.version();
    timeZone = s.timeZone().getId();
    quietFrom = DeliverySettings.format(s.quietFrom());
    quietTo = DeliverySettings.format(s.quietTo());
    language = s.language();
  }

  private static void message(String clientId, FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "prefsMsg");
    String text =
        bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("settings.invalid");
    if (clientId != null
        && faces.getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
      // keeps what the customer typed on the page, so that they can correct it
      input.setSubmittedValue(input.getValue() == null ? "" : input.getValue().toString());
      input.setValid(false);
    }
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public String getTimeZone() {
    load();
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    load();
    this.timeZone = timeZone;
  }

  public String getQuietFrom() {
    load();
    return quietFrom;
  }

  public void setQuietFrom(String quietFrom) {
    load();
    this.quietFrom = quietFrom;
  }

  public String getQuietTo() {
    load();
    return quietTo;
  }

  public void setQuietTo(String quietTo) {
    load();
    this.quietTo = quietTo;
  }

  public String getLanguage() {
    load();
    return language;
  }

  public void setLanguage(String language) {
    load();
    this.language = language;
  }
}
