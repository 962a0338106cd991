package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.it.Stack;
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
import org.ccmportal.preferences.api.InvalidChangeException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resolver inside WildFly on PostgreSQL: paperless consent moves legally required documents
 * from print to an email notice and back.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryRulesIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war())
        .addClasses(DeliveryRulesIT.class, Stack.class);
  }

  @Inject ConsentService consents;
  @Inject ChannelResolver resolver;
  @Inject ContactDirectory contacts;

  @Test
  void paperlessMovesLegallyRequiredDocumentsFromPrintToAnEmailNoticeAndBack() {
    String customer = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
    String email = customer.toLowerCase() + "@example.com";
    contacts.registerVerifiedEmail(customer, email);
    ChangedBy by = ChangedBy.customer(ChangeMethod.PORTAL, "it");

    List<ChannelDecision> paper = resolver.resolve(customer, Category.STATEMENTS, Instant.now());
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.EMAIL, "PREFERENCE", email),
            new ChannelDecision(Channel.PRINT, "RULE", null)),
        paper);

    InvalidChangeException refused =
        assertThrows(
            InvalidChangeException.class,
            () ->
                consents.record(
                    customer, ConsentPurpose.PAPERLESS, ConsentDecision.GRANTED, 1, false, by));
    assertEquals("sampleOpened", refused.field());
    assertTrue(consents.history(customer).isEmpty(), "nothing recorded");

    consents.record(customer, ConsentPurpose.PAPERLESS, ConsentDecision.GRANTED, 1, true, by);
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.EMAIL, "RULE", email)),
        resolver.resolve(customer, Category.REGULATORY_NOTICES, Instant.now()));

    consents.record(customer, ConsentPurpose.PAPERLESS, ConsentDecision.WITHDRAWN, null, by);
    assertEquals(
        List.of(Channel.PORTAL, Channel.EMAIL, Channel.PRINT),
        resolver.resolve(customer, Category.POLICY_DOCUMENTS, Instant.now()).stream()
            .map(ChannelDecision::channel)
            .toList());
  }
}
