package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.preferences.api.UnsubscribeLinks;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.VerificationToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links customers follow without logging in, inside WildFly on PostgreSQL and GreenMail: one-click
 * unsubscribe (works once, by POST only; a tampered link changes nothing) and email verification
 * (the address is stored encrypted, unused until verified; a forged, expired or foreign link
 * changes nothing).
 */
@ExtendWith(ArquillianExtension.class)
class LinksIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war())
        .addClasses(LinksIT.class, Stack.class);
  }

  @Inject UnsubscribeLinks links;
  @Inject ConsentService consents;
  @Inject PreferenceService preferences;
  @Inject ChannelResolver resolver;
  @Inject ContactPoints contactPoints;
  @Inject ContactDirectory directory;
  @Inject LinkTokens tokens;

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Test
  void oneClickUnsubscribeWithdrawsAtOnceAndOnlyOnce() throws Exception {
    String customer = newCustomer();
    consents.record(
        customer,
        ConsentPurpose.MARKETING_EMAIL,
        ConsentDecision.GRANTED,
        1,
        ChangedBy.customer(ChangeMethod.PORTAL, "it"));
    assertTrue(preferences.current(customer).cell(Category.MARKETING, Channel.EMAIL).enabled());

    Map<String, String> headers = links.headersFor(customer, ConsentPurpose.MARKETING_EMAIL);
    assertEquals("List-Unsubscribe=One-Click", headers.get("List-Unsubscribe-Post"));
    String header = headers.get("List-Unsubscribe");
    assertTrue(
        header.matches("<https?://\\S+/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>"), header);
    String url =
        Stack.PORTAL + header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
    String token = url.substring(url.lastIndexOf('/') + 1);

    // a GET (a mail scanner following the link) only shows the confirmation button
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url)).GET());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<form method=\"post\""), page.body());
    assertEquals(ConsentDecision.GRANTED, latest(customer).decision());

    // a tampered token: 400, nothing changes
    String tampered = Stack.PORTAL + "/unsubscribe/" + flip(token, token.indexOf('.') - 3);
    HttpResponse<String> bad = post(tampered);
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("not valid"), bad.body());
    assertEquals(400, post(Stack.PORTAL + "/unsubscribe/" + token + "x").statusCode());
    assertEquals(400, post(Stack.PORTAL + "/unsubscribe/%3Cscript%3E").statusCode());
    assertEquals(ConsentDecision.GRANTED, latest(customer).decision());
    int records = consents.history(customer).size();

    // the real one: withdrawn at once, recorded as an unsubscribe link, marketing email off
    HttpResponse<String> done = post(url);
    assertEquals(200, done.statusCode(), done.body());
    ConsentEntry withdrawal = latest(customer);
    assertEquals(ConsentDecision.WITHDRAWN, withdrawal.decision());
    assertEquals(ChangeMethod.UNSUBSCRIBE_LINK, withdrawal.method());
    assertFalse(preferences.current(customer).cell(Category.MARKETING, Channel.EMAIL).enabled());
    assertEquals(List.of(), resolver.resolve(customer, Category.MARKETING, Instant.now()));

    // granted again, the same link used again: 410, nothing changes
    consents.record(
        customer,
        ConsentPurpose.MARKETING_EMAIL,
        ConsentDecision.GRANTED,
        1,
        ChangedBy.customer(ChangeMethod.PORTAL, "it"));
    records = consents.history(customer).size();
    HttpResponse<String> again = post(url);
    assertEquals(410, again.statusCode(), again.body());
    assertEquals(records, consents.history(customer).size());
    assertEquals(ConsentDecision.GRANTED, latest(customer).decision());
  }

  @Test
  void anAddedEmailIsEncryptedUnusedUntilVerifiedAndItsLinkCannotBeForged() throws Exception {
    String customer = newCustomer();
    String address = customer.toLowerCase() + "@example.com";
    ContactPointView added = contactPoints.addEmail(customer, address);
    assertFalse(added.verified());

    // at rest: ciphertext and a keyed hash, never the address
    List<String> raw = rawRow(added.id());
    assertFalse(String.join(" ", raw).contains(customer.toLowerCase()), raw.toString());
    assertFalse(raw.get(0).contains("@"), raw.get(0));
    assertTrue(raw.get(1).matches("[0-9a-f]{64}"), raw.get(1));
    assertEquals(address, contactPoints.of(customer).get(0).value(), "read back decrypted");

    // unverified: never used
    List<ChannelDecision> unverified =
        resolver.resolve(customer, Category.STATEMENTS, Instant.now());
    assertEquals(List.of(Channel.PORTAL, Channel.PRINT), channels(unverified));
    assertTrue(directory.verifiedEmail(customer).isEmpty());

    CustomerId owner = new CustomerId(customer);
    String token = tokens.sign(VerificationToken.issue(added.id(), owner, Instant.now()).payload());
    String expired =
        tokens.sign(
            VerificationToken.issue(added.id(), owner, Instant.now().minusSeconds(24 * 3600 + 5))
                .payload());
    String otherOwner =
        tokens.sign(
            VerificationToken.issue(added.id(), new CustomerId("C-1002"), Instant.now()).payload());
    for (String bad : List.of(flip(token, 5), expired, otherOwner, "")) {
      HttpResponse<String> refused = verify(bad);
      assertEquals(400, refused.statusCode(), bad);
      assertTrue(refused.body().contains("not valid or has expired"), refused.body());
    }
    assertFalse(contactPoints.of(customer).get(0).verified(), "nothing changed");

    HttpResponse<String> verified = verify(token);
    assertEquals(200, verified.statusCode(), verified.body());
    assertTrue(contactPoints.of(customer).get(0).verified());
    // no paperless consent: statements also go to print
    List<ChannelDecision> after = resolver.resolve(customer, Category.STATEMENTS, Instant.now());
    assertEquals(List.of(Channel.PORTAL, Channel.EMAIL, Channel.PRINT), channels(after));
    assertEquals(address, after.get(1).address());

    // adding it again changes nothing; registering it as verified stays idempotent
    contactPoints.addEmail(customer, address);
    directory.registerVerifiedEmail(customer, address);
    assertEquals(1, contactPoints.of(customer).size());
  }

  private static HttpResponse<String> verify(String token) throws Exception {
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    Stack.PORTAL
                        + "/verify-email?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
            .GET());
  }

  @Test
  void registeringAVerifiedEmailTwiceStoresItOnce() throws Exception {
    String customer = newCustomer();
    directory.registerVerifiedEmail(customer, "twice@example.com");
    directory.registerVerifiedEmail(customer, " twice@example.com ");
    assertEquals(1, contactPoints.of(customer).size());
    assertEquals("twice@example.com", directory.verifiedEmail(customer).orElseThrow());
    assertNotNull(contactPoints.of(customer).get(0).verifiedAt());
  }

  private ConsentEntry latest(String customer) {
    return consents.current(customer).get(ConsentPurpose.MARKETING_EMAIL);
  }

  private List<String> rawRow(long id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select value, value_hash from preferences.contact_point where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        List<String> row = new ArrayList<>();
        row.add(rs.getString(1));
        row.add(rs.getString(2));
        return row;
      }
    }
  }

  private static List<Channel> channels(List<ChannelDecision> decisions) {
    return decisions.stream().map(ChannelDecision::channel).toList();
  }

  private static String newCustomer() {
    return "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String flip(String s, int at) {
    char c = s.charAt(at);
    return s.substring(0, at) + (c == 'A' ? 'B' : 'A') + s.substring(at + 1);
  }

  private static HttpResponse<String> post(String url) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
