package org.ccmportal.portal.interfaces.rest.archive;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.ccmportal.archive.api.ArchiveAccess;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveQuery;
import org.ccmportal.archive.api.ConsistencyProofView;
import org.ccmportal.archive.api.InclusionProofView;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.LegalHoldView;
import org.ccmportal.archive.api.RecordContent;
import org.ccmportal.archive.api.RecordPage;
import org.ccmportal.archive.api.TreeHeadView;
import org.ccmportal.archive.api.VerificationReport;
import org.ccmportal.archive.application.LegalHolds;
import org.ccmportal.vault.api.Actor;

/**
 * The archive for regulators and approvers (bearer token required; other roles get 403). The case
 * reference of an access comes from header {@code X-Case-Reference} or query {@code caseReference}
 * and is recorded in the audit trail.
 */
@Path("/v1/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

  @Inject ArchiveAccess archive;
  @Inject LegalHolds legalHolds;
  @Inject Actor actor;

  @HeaderParam("X-Case-Reference")
  String caseHeader;

  @QueryParam("caseReference")
  String caseQuery;

  /** The latest signed tree head, covering the log as it is now. */
  @GET
  @Path("/tree-head")
  public TreeHeadView treeHead() {
    return archive.treeHead(caller());
  }

  /** The Ed25519 public key that verifies tree heads (PEM, X.509 SubjectPublicKeyInfo). */
  @GET
  @Path("/public-key")
  @Produces("application/x-pem-file")
  public String publicKey() {
    return archive.publicKeyPem();
  }

  /** Inclusion proof of a record in the tree of {@code treeSize} leaves (default: latest head). */
  @GET
  @Path("/records/{id}/inclusion-proof")
  public InclusionProofView inclusionProof(
      @PathParam("id") String id, @QueryParam("treeSize") String treeSize) {
    ArchiveCaller caller = caller();
    long recordId = Params.positiveLong("id", id);
    Long size = treeSize == null ? null : Params.positiveLong("treeSize", treeSize);
    return archive.inclusionProof(caller, recordId, size);
  }

  /** Consistency proof between the trees of {@code first} and {@code second} leaves. */
  @GET
  @Path("/consistency-proof")
  public ConsistencyProofView consistencyProof(
      @QueryParam("first") String first, @QueryParam("second") String second) {
    ArchiveCaller caller = caller();
    return archive.consistencyProof(
        caller, Params.positiveLong("first", first), Params.positiveLong("second", second));
  }

  /** Search by customer, time ({@code from} inclusive, {@code to} exclusive) and envelope. */
  @GET
  @Path("/records")
  public RecordPage search(
      @QueryParam("customerId") String customerId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("channel") String channel,
      @QueryParam("templateId") String templateId,
      @QueryParam("kind") String kind,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ArchiveCaller caller = caller();
    ArchiveQuery query =
        new ArchiveQuery(
            Params.text("customerId", customerId, 255),
            instant("from", from),
            instant("to", to),
            Params.text("category", category, 64),
            Params.text("channel", channel, 64),
            Params.text("templateId", templateId, 255),
            Params.text("kind", kind, 64));
    return archive.search(
        caller,
        query,
        offset == null ? 0 : Params.intIn("offset", offset, 0, Integer.MAX_VALUE),
        limit == null ? 50 : Params.intIn("limit", limit, 1, 200));
  }

  /** The archived content of a record, with its media type; the view is audited. */
  @GET
  @Path("/records/{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("id") String id) {
    ArchiveCaller caller = caller();
    RecordContent content = archive.content(caller, Params.positiveLong("id", id));
    return Response.ok(content.bytes(), mediaType(content.contentType()))
        .header("X-Archive-Audit-Record", content.auditRecordId())
        .header("Content-Disposition", "attachment")
        .build();
  }

  /** Runs the verification job now and returns its report. */
  @POST
  @Path("/verifications")
  public VerificationReport verify() {
    return archive.verify(caller());
  }

  /** Places the legal hold on a record's object (approver; case reference required). */
  @PUT
  @Path("/records/{id}/legal-hold")
  public LegalHoldView placeHold(@PathParam("id") String id) {
    ArchiveCaller caller = caller();
    return legalHolds.set(caller, Params.positiveLong("id", id), true);
  }

  /** Releases the legal hold of a record's object (approver; case reference required). */
  @DELETE
  @Path("/records/{id}/legal-hold")
  public LegalHoldView releaseHold(@PathParam("id") String id) {
    ArchiveCaller caller = caller();
    return legalHolds.set(caller, Params.positiveLong("id", id), false);
  }

  private ArchiveCaller caller() {
    ArchiveCaller caller =
        new ArchiveCaller(
            actor.subject(), actor.roles(), caseHeader != null ? caseHeader : caseQuery);
    if (!caller.isReader()) {
      throw new ArchiveAccessDeniedException();
    }
    return caller;
  }

  /** The recorded media type, or application/octet-stream if it cannot be parsed. */
  private static MediaType mediaType(String value) {
    try {
      return MediaType.valueOf(value);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
  }

  /** An ISO-8601 instant ({@code 2026-11-01T00:00:00Z}) or date (midnight UTC). */
  static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArchiveRequestException(
          field, "expected an ISO-8601 date (2026-11-01) or instant (2026-11-01T00:00:00Z)");
    }
  }
}
