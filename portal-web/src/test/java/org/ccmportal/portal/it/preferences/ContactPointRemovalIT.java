package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.preferences.api.ContactPointNotFoundException;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidLinkException;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.VerificationToken;
import org.ccmportal.vault.application.delivery.PostalAddresses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Removing a contact point, on the real WAR, Keycloak and PostgreSQL. Through the API ({@code
 * DELETE /api/v1/contact-points/{id}}): the owner gets 204, another customer 404, staff 403,
 * anonymous 401, a second removal 404; the row and an append-only removal record stay. Inside the
 * server: the resolver never uses a removed address again (the next verified one is used, and with
 * none left a paperless statement goes to print), a removed postal address is not printed on, and a
 * verification link of a removed address no longer works. Alice only gets fresh addresses that this
 * test adds and removes; the resolver part uses a fresh customer, so no other test loses alice's
 * demo contact points.
 */
@ExtendWith(ArquillianExtension.class)
class ContactPointRemovalIT {
  private static final String BASE = "/api/v1/contact-points";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war())
        .addClasses(
            ContactPointRemovalIT.class, Stack.class, Api.class, Tokens.class, Database.class);
  }

  @Inject ChannelResolver resolver;
  @Inject ContactDirectory directory;
  @Inject ContactPoints contactPoints;
  @Inject ConsentService consents;
  @Inject LinkTokens tokens;
  @Inject PostalAddresses postalAddresses;

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Test
  @RunAsClient
  void onlyTheOwnerRemovesAContactPointAndTheRemovalIsRecorded() throws Exception {
    String alice = Tokens.user("alice", "alice-demo-pw");
    String bob = Tokens.user("bob", "bob-demo-pw");
    String adam = Tokens.user("adam", "adam-demo-pw");
    String paula = Tokens.user("paula", "paula-demo-pw");
    String address =
        "alice.removal." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    HttpResponse<String> added = Api.post(BASE, alice, email(address));
    assertEquals(202, added.statusCode(), added.body());
    long id = Api.json(added).getJsonNumber("id").longValue();
    String path = BASE + "/" + id;

    // another customer, staff and anonymous cannot remove it
    HttpResponse<String> byBob = delete(path, bob);
    assertEquals(404, byBob.statusCode(), byBob.body());
    assertEquals(404, Api.json(byBob).getInt("status"));
    assertFalse(byBob.body().contains(address), "nothing about the address leaks");
    assertEquals(403, delete(path, adam).statusCode(), "an administrator is not its owner");
    assertEquals(403, delete(path, paula).statusCode(), "nor is a publisher");
    assertEquals(401, delete(path, null).statusCode());
    assertEquals(200, Api.get(path, alice).statusCode(), "still there");

    // the owner removes it: 204, then it is gone from her list and her lookups
    HttpResponse<String> removed = delete(path, alice);
    assertEquals(204, removed.statusCode(), removed.body());
    assertEquals("", removed.body());
    assertEquals(404, Api.get(path, alice).statusCode());
    assertFalse(Api.get(BASE, alice).body().contains(address), "no longer listed");
    assertEquals(404, Api.post(path + "/code", alice, "").statusCode());

    // a second removal, an unknown id and a malformed id are 404 with a JSON body
    HttpResponse<String> again = delete(path, alice);
    assertEquals(404, again.statusCode(), again.body());
    assertEquals("no such contact point", Api.json(again).getString("message"));
    assertEquals(404, delete(BASE + "/" + Long.MAX_VALUE, alice).statusCode());
    assertEquals(404, delete(BASE + "/not-a-number", alice).statusCode());

    // recorded, not deleted: the row (still encrypted) and one append-only removal record
    assertEquals(
        "t",
        Database.string(
            "select removed_at is not null from preferences.contact_point where id = ?", id));
    assertFalse(
        Database.string("select value from preferences.contact_point where id = ?", id)
            .contains(address),
        "the value stays encrypted");
    assertEquals(
        1,
        Database.count(
            "select count(*) from preferences.contact_point_removal"
                + " where contact_point_id = ? and method = 'API'",
            id));

    // the same address can be added again: a new contact point, waiting for confirmation
    HttpResponse<String> readded = Api.post(BASE, alice, email(address));
    assertEquals(202, readded.statusCode(), readded.body());
    JsonObject fresh = Api.json(readded);
    long freshId = fresh.getJsonNumber("id").longValue();
    assertNotEquals(id, freshId);
    assertFalse(fresh.getBoolean("verified"));
    assertEquals(204, delete(BASE + "/" + freshId, alice).statusCode());
  }

  @Test
  @RunAsClient
  void twoRemovalsAtOnceRemoveOnce() throws Exception {
    String alice = Tokens.user("alice", "alice-demo-pw");
    String address = "alice.twice." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    long id = Api.json(Api.post(BASE, alice, email(address))).getJsonNumber("id").longValue();
    CompletableFuture<HttpResponse<String>> first = deleteAsync(BASE + "/" + id, alice);
    CompletableFuture<HttpResponse<String>> second = deleteAsync(BASE + "/" + id, alice);
    assertEquals(
        Set.of(204, 404), Set.of(first.get().statusCode(), second.get().statusCode()), "one wins");
    assertEquals(
        1,
        Database.count(
            "select count(*) from preferences.contact_point_removal where contact_point_id = ?",
            id));
  }

  @Test
  void aRemovedContactPointIsNeverUsedAgain() throws Exception {
    String customer = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
    String older = customer.toLowerCase() + ".old@example.com";
    String newer = customer.toLowerCase() + ".new@example.com";
    directory.registerVerifiedEmail(customer, older);
    directory.registerVerifiedEmail(customer, newer);
    directory.registerVerifiedPostalAddress(customer, "1 Test Street\nTestville TE1 1ST");
    consents.record(
        customer,
        ConsentPurpose.PAPERLESS,
        ConsentDecision.GRANTED,
        1,
        true,
        ChangedBy.customer(ChangeMethod.PORTAL, "it"));
    assertEquals(paperlessTo(newer), statement(customer));
    long newerId = id(customer, newer);
    long olderId = id(customer, older);
    long postalId = id(customer, "1 Test Street\nTestville TE1 1ST");

    // the newest address removed: the other verified one is used
    contactPoints.remove(customer, newerId, ChangeMethod.API);
    assertEquals(paperlessTo(older), statement(customer));
    assertEquals(Optional.of(older), directory.verifiedEmail(customer));

    // no verified address left: as for a customer who never had one, the statement goes to print
    contactPoints.remove(customer, olderId, ChangeMethod.PORTAL);
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.PRINT, "FALLBACK", null)),
        statement(customer));
    assertTrue(directory.verifiedEmail(customer).isEmpty());
    assertTrue(
        resolver.resolve(customer, Category.SERVICE_ALERTS, Instant.now()).stream()
            .noneMatch(d -> d.channel() == Channel.EMAIL));

    // print goes to the verified postal address until that is removed too
    assertEquals(
        Optional.of(List.of("1 Test Street", "Testville TE1 1ST")), postalAddresses.of(customer));
    contactPoints.remove(customer, postalId, ChangeMethod.PORTAL);
    assertTrue(postalAddresses.of(customer).isEmpty(), "no address to print on");
    assertTrue(contactPoints.of(customer).isEmpty(), "nothing listed");

    // removed is final: not found again, and its verification link no longer works
    assertThrows(
        ContactPointNotFoundException.class,
        () -> contactPoints.remove(customer, newerId, ChangeMethod.API));
    assertThrows(ContactPointNotFoundException.class, () -> contactPoints.find(customer, olderId));
    String link =
        tokens.sign(
            VerificationToken.issue(newerId, new CustomerId(customer), Instant.now()).payload());
    assertThrows(InvalidLinkException.class, () -> contactPoints.verify(link));

    // registered again (staff on-boarding): a new contact point; the removed rows stay as they were
    directory.registerVerifiedEmail(customer, newer);
    List<ContactPointView> listed = contactPoints.of(customer);
    assertEquals(1, listed.size());
    assertNotEquals(newerId, listed.get(0).id());
    assertEquals(paperlessTo(newer), statement(customer));
    assertEquals(
        4, count("select count(*) from preferences.contact_point where customer_id = ?", customer));
    assertEquals(
        3,
        count(
            "select count(*) from preferences.contact_point_removal r"
                + " join preferences.contact_point c on c.id = r.contact_point_id"
                + " where c.customer_id = ? and c.removed_at = r.removed_at",
            customer));
  }

  private List<ChannelDecision> statement(String customer) {
    return resolver.resolve(customer, Category.STATEMENTS, Instant.now());
  }

  private static List<ChannelDecision> paperlessTo(String address) {
    return List.of(
        new ChannelDecision(Channel.PORTAL, "RULE", null),
        new ChannelDecision(Channel.EMAIL, "RULE", address));
  }

  private long id(String customer, String value) {
    return contactPoints.of(customer).stream()
        .filter(p -> p.value().equals(value))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long count(String sql, String param) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String email(String address) {
    return "{\"kind\":\"EMAIL\",\"value\":\"" + address + "\"}";
  }

  static HttpResponse<String> delete(String path, String token) throws Exception {
    return HTTP.send(deleteRequest(path, token), HttpResponse.BodyHandlers.ofString());
  }

  private static CompletableFuture<HttpResponse<String>> deleteAsync(String path, String token) {
    return HTTP.sendAsync(deleteRequest(path, token), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest deleteRequest(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + path))
            .timeout(Duration.ofSeconds(60))
            .DELETE();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }
}
