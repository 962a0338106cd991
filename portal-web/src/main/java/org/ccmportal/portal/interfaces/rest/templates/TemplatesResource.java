package org.ccmportal.portal.interfaces.rest.templates;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.templates.TemplateDiff;
import org.ccmportal.vault.application.templates.TemplateService;
import org.ccmportal.vault.application.templates.TemplateViews;

/**
 * Templates and their versions. Publishers create and edit drafts and submit them; approvers who
 * did not write a version approve it or reject it with a comment; both preview any version as a PDF
 * marked PREVIEW. Customers get 403, callers without a token 401.
 */
@Path("/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class TemplatesResource {

  @Inject TemplateService templates;
  @Inject Actor actor;

  @GET
  public List<TemplateViews.Summary> list() {
    return templates.templates(actor);
  }

  @GET
  @Path("{id}/versions")
  public List<TemplateViews.Version> versions(@PathParam("id") String id) {
    return templates.versions(actor, id);
  }

  @GET
  @Path("{id}/versions/{version:[0-9]{1,9}}")
  public TemplateViews.Version version(
      @PathParam("id") String id, @PathParam("version") int version) {
    return templates.version(actor, id, version);
  }

  /**
   * What a version changes compared with the version it would replace (the one in force, else the
   * previous one): line differences of its XSLT and sample data, unchanged runs collapsed to three
   * lines of context. A version that is not a positive number is a 400 naming {@code version}.
   */
  @GET
  @Path("{id}/versions/{version}/diff")
  public TemplateDiff diff(@PathParam("id") String id, @PathParam("version") String version) {
    return templates.diff(actor, id, versionNumber(version));
  }

  /**
   * A new draft. Body: {@code xslt} and {@code sampleData} (a JSON object), or no {@code xslt} to
   * start from a copy of the latest version.
   */
  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") String id, JsonObject request) {
    JsonObject body = Bodies.orEmpty(request);
    TemplateViews.Version draft =
        templates.createDraft(
            actor, id, Bodies.string(body, "xslt"), Bodies.jsonText(body, "sampleData"));
    return Response.created(
            URI.create("/api/v1/templates/" + draft.templateId() + "/versions/" + draft.version()))
        .entity(draft)
        .build();
  }

  /** Changes a draft (its author only). Body: {@code xslt} and/or {@code sampleData}. */
  @PUT
  @Path("{id}/versions/{version:[0-9]{1,9}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateViews.Version edit(
      @PathParam("id") String id, @PathParam("version") int version, JsonObject request) {
    JsonObject body = Bodies.orEmpty(request);
    return templates.edit(
        actor, id, version, Bodies.string(body, "xslt"), Bodies.jsonText(body, "sampleData"));
  }

  @POST
  @Path("{id}/versions/{version:[0-9]{1,9}}/submit")
  public TemplateViews.Version submit(
      @PathParam("id") String id, @PathParam("version") int version) {
    return templates.submit(actor, id, version);
  }

  /** Body: optional {@code comment}. */
  @POST
  @Path("{id}/versions/{version:[0-9]{1,9}}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateViews.Version approve(
      @PathParam("id") String id, @PathParam("version") int version, JsonObject request) {
    return templates.approve(actor, id, version, Bodies.string(Bodies.orEmpty(request), "comment"));
  }

  /** Body: {@code comment} (required). */
  @POST
  @Path("{id}/versions/{version:[0-9]{1,9}}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateViews.Version reject(
      @PathParam("id") String id, @PathParam("version") int version, JsonObject request) {
    return templates.reject(actor, id, version, Bodies.string(Bodies.orEmpty(request), "comment"));
  }

  /** A PDF marked PREVIEW on every page; body: optional {@code data} instead of the sample. */
  @POST
  @Path("{id}/versions/{version:[0-9]{1,9}}/preview")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response preview(
      @PathParam("id") String id, @PathParam("version") int version, JsonObject request) {
    byte[] pdf =
        templates.preview(actor, id, version, Bodies.object(Bodies.orEmpty(request), "data"));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition", "inline; filename=\"" + id + "-v" + version + "-preview.pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static int versionNumber(String version) {
    if (version != null && version.matches("[1-9][0-9]{0,8}")) {
      return Integer.parseInt(version);
    }
    throw new InvalidRequestException("version", "version must be a whole number from 1");
  }
}
