package org.ccmportal.portal.it.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.portal.it.delivery.DeliveryFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer profiles and segments (a publication to the customers of a region who hold a product),
 * and the communication history service staff see (sam, role service): each path as the role it is
 * for, another staff role, a customer and anonymous; bad input is a 4xx naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  static String billing;
  static String paula;
  static String arthur;
  static String sam;
  static String alice;

  @BeforeAll
  static void tokens() throws Exception {
    billing = Tokens.billing();
    paula = Tokens.user("paula", "paula-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    sam = Tokens.user("sam", "sam-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
  }

  @Test
  void theCustomerSystemKeepsProfilesAndOnlyStaffReadThem() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    String path = "/api/v1/customers/" + customer + "/profile";
    HttpResponse<String> put =
        Api.put(
            path, billing, "{\"region\":\" north \",\"products\":[\"isa\",\"MORTGAGE\",\"isa\"]}");
    assertEquals(200, put.statusCode(), put.body());
    JsonObject profile = Api.json(put);
    assertEquals("NORTH", profile.getString("region"));
    assertEquals(List.of("ISA", "MORTGAGE"), strings(profile.getJsonArray("products")));

    // replaced, not merged
    assertEquals(
        200, Api.put(path, billing, "{\"region\":\"SOUTH\",\"products\":[]}").statusCode());
    HttpResponse<String> read = Api.get(path, arthur);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("SOUTH", Api.json(read).getString("region"));
    assertTrue(Api.json(read).getJsonArray("products").isEmpty());

    // who may
    assertEquals(403, Api.put(path, arthur, "{\"region\":\"EAST\"}").statusCode());
    assertEquals(403, Api.get(path, alice).statusCode());
    assertEquals(403, Api.put(path, alice, "{\"region\":\"EAST\"}").statusCode());
    assertEquals(401, Api.get(path, null).statusCode());
    assertEquals(401, Api.put(path, null, "{\"region\":\"EAST\"}").statusCode());
    assertEquals("SOUTH", Api.json(Api.get(path, paula)).getString("region"), "unchanged");

    // bad input names the field; nothing half-written
    assertField(Api.put(path, billing, "{\"region\":\"no spaces\"}"), 400, "region");
    assertField(Api.put(path, billing, "{\"products\":\"ISA\"}"), 400, "products");
    assertField(Api.put(path, billing, "{\"products\":[\"ISA\",7]}"), 400, "products");
    assertField(
        Api.put(path, billing, "{\"products\":[\"" + "X".repeat(41) + "\"]}"), 400, "products");
    assertField(Api.put(path, billing, "not json"), 400, "body");
    assertEquals("SOUTH", Api.json(Api.get(path, paula)).getString("region"), "unchanged");
    assertField(
        Api.get("/api/v1/customers/" + DeliveryFixtures.newCustomer() + "/profile", paula),
        404,
        "id");
    assertField(Api.get("/api/v1/customers/bad%20id/profile", paula), 400, "customerId");
  }

  @Test
  void aPublicationToASegmentGoesToTheCustomersWhoMatchWhenItIsCreated() throws Exception {
    String region = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String a = profiled(region, "MORTGAGE", "ISA");
    String b = profiled(region, "MORTGAGE");
    String c = profiled(region, "ISA");
    profiled("ELSEWHERE", "MORTGAGE");

    HttpResponse<String> size =
        Api.get("/api/v1/segments/size?region=" + region + "&product=mortgage", arthur);
    assertEquals(200, size.statusCode(), size.body());
    assertEquals(2, Api.json(size).getInt("customers"));
    assertEquals(
        3, Api.json(Api.get("/api/v1/segments/size?region=" + region, paula)).getInt("customers"));
    assertEquals(403, Api.get("/api/v1/segments/size?region=" + region, alice).statusCode());
    assertEquals(401, Api.get("/api/v1/segments/size?region=" + region, null).statusCode());
    assertField(Api.get("/api/v1/segments/size", paula), 400, "segment");
    assertField(Api.get("/api/v1/segments/size?product=a%20b", paula), 400, "segment.product");

    HttpResponse<String> created =
        Api.post(
            "/api/v1/publications",
            paula,
            publication("\"segment\":{\"region\":\"" + region + "\",\"product\":\"MORTGAGE\"}"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = Api.json(created);
    assertEquals("region=" + region + " product=MORTGAGE", view.getString("audienceSegment"));
    assertEquals(2, view.getJsonObject("counts").getInt("recipients"));
    long id = view.getJsonNumber("id").longValue();
    List<String> recipients =
        Database.strings(
            "select customer_id from vault.publication_recipient where publication_id = ?"
                + " order by customer_id",
            id);
    assertEquals(List.of(a, b).stream().sorted().toList(), recipients);
    assertFalse(recipients.contains(c));

    // a later change of a profile does not change who it goes to
    assertEquals(
        200,
        Api.put(
                "/api/v1/customers/" + c + "/profile",
                billing,
                "{\"region\":\"" + region + "\",\"products\":[\"MORTGAGE\"]}")
            .statusCode());
    assertEquals(
        2,
        Api.json(Api.get("/api/v1/publications/" + id, paula))
            .getJsonObject("counts")
            .getInt("recipients"));

    // bad audiences name the field
    assertField(
        Api.post(
            "/api/v1/publications",
            paula,
            publication(
                "\"segment\":{\"region\":\"" + region + "\"},\"audience\":[\"" + a + "\"]")),
        400,
        "audience");
    assertField(
        Api.post("/api/v1/publications", paula, publication("\"segment\":{}")), 400, "segment");
    assertField(
        Api.post(
            "/api/v1/publications",
            paula,
            publication("\"segment\":{\"region\":\"NOBODY-" + region + "\"}")),
        400,
        "segment");
    assertField(
        Api.post("/api/v1/publications", paula, publication("\"segment\":{\"region\":5}")),
        400,
        "segment.region");
  }

  @Test
  void serviceStaffSeeWhatWasSentAndOpeningADocumentIsAudited() throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement("C-1001", Api.uniqueReference("it-history"), "History statement"));
    assertEquals(201, published.statusCode(), published.body());
    String doc = Api.json(published).getString("documentId");
    // alice downloads it: a DOWNLOADED event
    assertEquals(200, Api.getBytes("/api/v1/documents/" + doc + "/content", alice).statusCode());

    String path = "/api/v1/customers/C-1001/communications";
    JsonObject item = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<String> history = Api.get(path + "?limit=10", sam);
      assertEquals(200, history.statusCode(), history.body());
      item = find(Api.json(history).getJsonArray("items"), doc);
      if (item != null && statuses(item).contains("PORTAL:AVAILABLE")) {
        break;
      }
      Thread.sleep(250);
    }
    assertTrue(item != null, "the new document is in the history");
    assertEquals("STATEMENT", item.getString("documentType"));
    assertEquals("History statement", item.getString("title"));
    assertTrue(statuses(item).contains("PORTAL:AVAILABLE"), statuses(item).toString());
    assertTrue(statuses(item).contains("PORTAL:DOWNLOADED"), statuses(item).toString());
    assertFalse(item.isNull("readAt"), "opened by the customer");

    // the document itself, for sam: a PDF, and an audit record first
    String content = path + "/" + doc + "/content";
    HttpResponse<byte[]> pdf = Api.getBytes(content, sam);
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(
        1,
        Database.count(
            "select count(*) from archive.record where kind = 'STAFF_DOCUMENT_ACCESS'"
                + " and event_id like ?",
            "staff-access:" + doc + ":%"));

    // another customer's document under this customer: 404; others may not
    HttpResponse<String> bobs =
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement("C-1002", Api.uniqueReference("it-history"), "Bob's"));
    String bobDoc = Api.json(bobs).getString("documentId");
    assertEquals(404, Api.getBytes(path + "/" + bobDoc + "/content", sam).statusCode());
    for (String other : new String[] {paula, arthur, alice}) {
      assertEquals(403, Api.get(path, other).statusCode());
      assertEquals(403, Api.getBytes(content, other).statusCode());
    }
    assertEquals(401, Api.get(path, null).statusCode());
    assertEquals(401, Api.getBytes(content, null).statusCode());
    // bad input
    assertField(Api.get(path + "?limit=0", sam), 400, "limit");
    assertField(Api.get(path + "?offset=x", sam), 400, "offset");
    assertField(Api.get(path + "/not-a-uuid/content", sam), 400, "documentId");
    assertField(Api.get("/api/v1/customers/bad%20id/communications", sam), 400, "customerId");
  }

  private static String profiled(String region, String... products) throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    StringBuilder list = new StringBuilder();
    for (String p : products) {
      list.append(list.isEmpty() ? "" : ",").append('"').append(p).append('"');
    }
    HttpResponse<String> put =
        Api.put(
            "/api/v1/customers/" + customer + "/profile",
            billing,
            "{\"region\":\"" + region + "\",\"products\":[" + list + "]}");
    assertEquals(200, put.statusCode(), put.body());
    return customer;
  }

  private static String publication(String audience) throws Exception {
    return "{\"title\":\"Segment notice\",\"documentType\":\"REGULATORY_NOTICE\","
        + "\"templateVersion\":"
        + Api.approvedVersion(paula, "notice")
        + ","
        + audience
        + "}";
  }

  private static JsonObject find(JsonArray items, String documentId) {
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("documentId").equals(documentId))
        .findFirst()
        .orElse(null);
  }

  private static List<String> statuses(JsonObject item) {
    return item.getJsonArray("events").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("channel") + ":" + e.getString("status"))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static void assertField(HttpResponse<String> response, int status, String field) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }
}
