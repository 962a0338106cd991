package org.ccmportal.portal.interfaces.web.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.application.delivery.DeadLetterPage;
import org.ccmportal.vault.application.delivery.DeadLetterService;
import org.ccmportal.vault.application.delivery.DeadLetterView;
import org.ccmportal.vault.application.delivery.DeliveryItemNotFoundException;
import org.ccmportal.vault.application.delivery.DeliveryItemStateException;

/**
 * The back-office dead-letter list: deliveries that failed for good, newest first, each with a
 * Retry button that queues it again (same idempotency key, attempts reset). For {@code publisher}
 * and {@code admin}; other staff see why they cannot.
 */
@Named
@ViewScoped
public class RetryDeadLetters implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;

  @Inject transient DeadLetterService deadLetters;
  @Inject transient Actor actor;

  private List<DeadLetterView> items = List.of();
  private long total;
  private boolean allowed = true;

  /** Loads the list (when the view is built and after each retry). */
  @PostConstruct
  public void load() {
    try {
      DeadLetterPage page = deadLetters.list(actor, 0, PAGE);
      items = page.items();
      total = page.total();
    } catch (AccessDeniedException e) {
      allowed = false;
      items = List.of();
    }
  }

  public void retry(long id) {
    try {
      deadLetters.retry(actor, id);
      message(FacesMessage.SEVERITY_INFO, "delivery.msg.retried", id);
    } catch (DeliveryItemNotFoundException | DeliveryItemStateException e) {
      message(FacesMessage.SEVERITY_WARN, "delivery.msg.notDead", id);
    } catch (AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, "delivery.denied", id);
    }
    load();
  }

  private static void message(FacesMessage.Severity severity, String key, Object arg) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    String text = MessageFormat.format(bundle.getString(key), arg);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<DeadLetterView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public boolean isAllowed() {
    return allowed;
  }
}
