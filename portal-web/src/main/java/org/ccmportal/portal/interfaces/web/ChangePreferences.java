package org.ccmportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.PreferenceCell;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceRuleException;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.vault.api.Actor;

/**
 * The preference matrix page: one switch per category and channel, saved as soon as it is flipped.
 * Locked cells are explained; a save that lost a race says so and reloads.
 */
@Named
@ViewScoped
public class ChangePreferences implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PreferenceService preferences;
  @Inject transient Actor actor;

  private PreferenceMatrix matrix;
  private final Map<String, Boolean> state = new HashMap<>();

  public PreferenceMatrix getMatrix() {
    if (matrix == null) {
      load(preferences.current(actor.customerId()));
    }
    return matrix;
  }

  /** Reads the matrix again (after a consent decision changed it). */
  public void reload() {
    matrix = null;
  }

  /** The switches' values, keyed {@code CATEGORY:CHANNEL}. */
  public Map<String, Boolean> getState() {
    getMatrix();
    return state;
  }

  public List<Category> getCategories() {
    return Arrays.asList(Category.values());
  }

  public List<Channel> getChannels() {
    return Arrays.asList(Channel.values());
  }

  public PreferenceCell cell(Category category, Channel channel) {
    return getMatrix().cell(category, channel);
  }

  /** The accessible name of a switch, e.g. "Statements by Email". */
  public String label(Category category, Channel channel) {
    ResourceBundle bundle = bundle();
    return MessageFormat.format(
        bundle.getString("preferences.toggleLabel"),
        bundle.getString("category." + category.name()),
        bundle.getString("channel." + channel.name()));
  }

  /** Saves the switch the customer just flipped. */
  public void save(Category category, Channel channel) {
    boolean on = Boolean.TRUE.equals(state.get(key(category, channel)));
    ResourceBundle bundle = bundle();
    try {
      load(
          preferences.change(
              actor.customerId(),
              getMatrix().version(),
              category,
              channel,
              on,
              ChangedBy.customer(ChangeMethod.PORTAL, actor.subject())));
      message(FacesMessage.SEVERITY_INFO, bundle.getString("preferences.saved"));
    } catch (PreferenceRuleException e) {
      load(preferences.current(actor.customerId()));
      message(FacesMessage.SEVERITY_WARN, text(e.messageKey()));
    } catch (PreferenceConflictException e) {
      load(preferences.current(actor.customerId()));
      message(FacesMessage.SEVERITY_WARN, bundle.getString("preferences.conflict"));
    }
  }

  private void load(PreferenceMatrix loaded) {
    matrix = loaded;
    state.clear();
    for (PreferenceCell c : loaded.cells()) {
      state.put(key(c.category(), c.channel()), c.enabled());
    }
  }

  private static String key(Category category, Channel channel) {
    return category.name() + ":" + channel.name();
  }

  /** A text of the preferences bundle, else of the shared one. */
  static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle prefs = faces.getApplication().getResourceBundle(faces, "prefsMsg");
    return prefs.containsKey(key) ? prefs.getString(key) : bundle().getString(key);
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
