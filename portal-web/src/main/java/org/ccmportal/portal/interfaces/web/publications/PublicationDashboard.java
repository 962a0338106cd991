package org.ccmportal.portal.interfaces.web.publications;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.PublicationFacade;
import org.ccmportal.vault.api.PublicationNotFoundException;
import org.ccmportal.vault.api.PublicationStateException;
import org.ccmportal.vault.api.PublicationView;

/**
 * The dashboard of one publication: its state and decisions, recipients, skipped customers by
 * reason, documents made and failed, and delivery events by channel and status (as a table and a
 * chart). It refreshes itself while the publication is approved or running.
 */
@Named
@ViewScoped
public class PublicationDashboard implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> STATUS_COLOURS =
      List.of("#1d4ed8", "#047857", "#b45309", "#b91c1c", "#6d28d9", "#374151");

  @Inject transient PublicationFacade publications;
  @Inject transient Actor actor;

  private Long id;
  private PublicationView view;

  /** Loads the publication named by the {@code id} request parameter. */
  @PostConstruct
  void load() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      id = param == null ? null : Long.valueOf(param);
    } catch (NumberFormatException e) {
      id = null;
    }
    if (id == null) {
      view = null;
      PublicationPages.error(null, PublicationPages.text("publication.notFound", param));
      return;
    }
    refresh();
  }

  /** Reads the figures again (the page polls while they change). */
  public void refresh() {
    try {
      view = publications.find(actor, id);
    } catch (PublicationNotFoundException e) {
      view = null;
      PublicationPages.error(null, PublicationPages.text("publication.notFound", id));
    }
  }

  /** The creator sends her draft to the approvers. */
  public void submit() {
    try {
      view = publications.submit(actor, id);
      PublicationPages.info("publication.msg.submitted", id);
    } catch (AccessDeniedException | PublicationStateException e) {
      PublicationPages.error(null, e.getMessage());
    }
  }

  public boolean isCanSubmit() {
    return view != null && "DRAFT".equals(view.state()) && view.createdBy().equals(actor.subject());
  }

  /** Whether figures still change (the page polls meanwhile). */
  public boolean isActive() {
    return view != null && ("APPROVED".equals(view.state()) || "RUNNING".equals(view.state()));
  }

  /** One row per channel and status. */
  public List<DeliveryRow> getDeliveries() {
    List<DeliveryRow> rows = new ArrayList<>();
    if (view != null) {
      view.counts()
          .deliveries()
          .forEach(
              (channel, byStatus) ->
                  byStatus.forEach((status, n) -> rows.add(new DeliveryRow(channel, status, n))));
    }
    return rows;
  }

  /** Skipped customers by reason. */
  public List<Map.Entry<String, Long>> getSkipped() {
    return view == null ? List.of() : List.copyOf(view.counts().skipped().entrySet());
  }

  /** Chart.js configuration: delivery events per channel, one stacked bar per status. */
  public String getChart() {
    if (view == null) {
      return "{}";
    }
    Map<String, Map<String, Long>> deliveries = view.counts().deliveries();
    List<String> channels = new ArrayList<>(deliveries.keySet());
    Set<String> statuses = new TreeSet<>();
    deliveries.values().forEach(m -> statuses.addAll(m.keySet()));
    JsonArrayBuilder labels = Json.createArrayBuilder();
    channels.forEach(channel -> labels.add(channelText(channel)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (String status : statuses) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (String channel : channels) {
        data.add(deliveries.get(channel).getOrDefault(status, 0L));
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", statusText(status))
              .add("backgroundColor", STATUS_COLOURS.get(colour++ % STATUS_COLOURS.size()))
              .add("data", data));
    }
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", axis).add("y", axis)))
        .build()
        .toString();
  }

  /** A channel as people read it ("Portal inbox" for PORTAL); an unknown name as it is. */
  public String channelText(String channel) {
    return label("publication.channel.", channel);
  }

  /** A delivery status as people read it ("Undeliverable" for DEAD); an unknown name as it is. */
  public String statusText(String status) {
    return label("publication.status.", status);
  }

  private static String label(String prefix, String name) {
    if (name == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    return bundle.containsKey(prefix + name) ? bundle.getString(prefix + name) : name;
  }

  public String format(Instant instant) {
    return PublicationPages.format(instant);
  }

  public Long getId() {
    return id;
  }

  public PublicationView getView() {
    return view;
  }

  /** One line of the delivery table. */
  public record DeliveryRow(String channel, String status, long count) implements Serializable {}
}
