package org.ccmportal.portal.interfaces.rest.templates;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.portal.interfaces.security.CurrentActor;
import org.ccmportal.vault.api.Actor;

/**
 * A refused call (403) to a template or retention endpoint is an audit event: one log line (who,
 * their roles, what they tried) and an {@code AUDIT} record appended to the archive in the audit
 * trail's format ({@code who, role, action, details, caseReference, at}), so attempts by the wrong
 * role are as tamper-evident as the archive itself. The refusal stands even if the archive cannot
 * take the record (then only the log line remains).
 */
@Provider
@AuditedAccess
public class DeniedAccessAudit implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(DeniedAccessAudit.class.getName());

  /** Action of the audit record. */
  public static final String ACTION = "ACCESS_DENIED";

  /** Prefix of the audit record's event id. */
  public static final String EVENT_PREFIX = "access-denied:";

  @Context HttpServletRequest servletRequest;
  @Inject ArchiveService archive;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 403) {
      return;
    }
    // a provider is a singleton: the actor is read from this request, not injected once
    Actor actor = CurrentActor.of(servletRequest);
    String who = actor.subject();
    String role = roles(actor);
    String method = request.getMethod();
    String path = truncate("/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
    String operation =
        resource.getResourceClass() == null
            ? "unknown"
            : resource.getResourceClass().getSimpleName()
                + "."
                + resource.getResourceMethod().getName();
    LOG.info(
        () ->
            "access denied: "
                + who
                + " (role "
                + role
                + ") "
                + method
                + " "
                + path
                + " "
                + operation);
    try {
      archive.append(entry(who, role, method, path, operation));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "access denied to " + operation + " could not be archived", e);
    }
  }

  /** The actor's roles as the audit record names them: sorted, comma-separated, or "none". */
  public static String roles(Actor actor) {
    return actor.roles().isEmpty()
        ? "none"
        : String.join(",", actor.roles().stream().sorted().toList());
  }

  /**
   * The archive record of a refusal (kind AUDIT, action {@value #ACTION}): who, with which roles,
   * what they asked for ({@code operation} names the resource method, or the page), and when.
   * Shared by the API's refusals and the pages' ({@code PageAccessFilter}).
   */
  public static ArchiveEntry entry(
      String who, String role, String method, String path, String operation) {
    Instant now = Instant.now();
    String json =
        Json.createObjectBuilder()
            .add("who", who)
            .add("role", role)
            .add("action", ACTION)
            .add(
                "details",
                Json.createObjectBuilder()
                    .add("method", method)
                    .add("path", path)
                    .add("operation", operation)
                    .add("status", 403))
            .addNull("caseReference")
            .add("at", now.toString())
            .build()
            .toString();
    return new ArchiveEntry(
        EVENT_PREFIX + UUID.randomUUID(),
        "AUDIT",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        now,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }

  /** A path as the audit record keeps it: at most 200 characters. */
  public static String truncate(String path) {
    return path.length() > 200 ? path.substring(0, 200) + "..." : path;
  }
}
