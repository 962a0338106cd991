package org.ccmportal.portal.interfaces.rest.customers;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CustomerProfileFacade;

/**
 * Segments of customers by their attributes, for the publication wizard: how many customers a
 * segment has now (back-office roles). Customers get 403 (audited), anonymous callers 401.
 */
@Path("/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class SegmentsResource {

  @Inject CustomerProfileFacade profiles;
  @Inject Actor actor;

  /** How many customers a segment has now: {@code region}, {@code product}, or both. */
  @GET
  @Path("size")
  public Map<String, Object> size(
      @QueryParam("region") String region, @QueryParam("product") String product) {
    return Map.of("customers", profiles.segmentSize(actor, region, product));
  }
}
