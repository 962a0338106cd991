package org.ccmportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveReceipt;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.archive.infrastructure.minio.MinioArchiveStore;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server code inside WildFly on PostgreSQL and the S3 server: archiving (idempotent, COMPLIANCE
 * retention read back from the server, rows that cannot be changed), the channel resolver's print
 * rule, and optimistic locking of preferences.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSideRulesIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war())
        .addClasses(ServerSideRulesIT.class, Stack.class);
  }

  @Inject ArchiveService archive;
  @Inject MinioArchiveStore archiveStore;
  @Inject ChannelResolver resolver;
  @Inject ContactDirectory contacts;
  @Inject PreferenceService preferences;

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Test
  void archivingIsIdempotentAndTheObjectIsUnderComplianceRetention() {
    ArchiveEntry entry =
        entry("it-event:" + UUID.randomUUID(), "hello archive " + UUID.randomUUID());
    ArchiveReceipt first = archive.append(entry);
    ArchiveReceipt again = archive.append(entry);
    assertEquals(first.recordId(), again.recordId(), "one record per event id");
    assertEquals(first.leafIndex(), again.leafIndex());

    Retention retention = archiveStore.retention(first.objectKey());
    assertEquals(RetentionMode.COMPLIANCE, retention.mode());
    // S3 keeps whole seconds: the archive rounds up, so retention is never shorter than asked
    Instant onServer = retention.retainUntilDate().toInstant();
    assertFalse(
        onServer.isBefore(first.retainUntil().truncatedTo(ChronoUnit.SECONDS)),
        onServer.toString());
    assertTrue(onServer.isBefore(first.retainUntil().plusSeconds(2)), onServer.toString());
    assertFalse(archiveStore.legalHold(first.objectKey()));
    assertEquals(
        new String(entry.content(), StandardCharsets.UTF_8),
        new String(archiveStore.get(first.objectKey()), StandardCharsets.UTF_8));
  }

  @Test
  void archiveRowsCannotBeUpdatedOrDeletedByTheApplication() throws Exception {
    ArchiveReceipt receipt = archive.append(entry("it-event:" + UUID.randomUUID(), "immutable"));
    assertThrows(
        SQLException.class,
        () ->
            execute("update archive.record set kind = 'CHANGED' where id = ?", receipt.recordId()));
    assertThrows(
        SQLException.class,
        () -> execute("delete from archive.record where id = ?", receipt.recordId()));
    assertEquals("TEST", kindOf(receipt), "the row is unchanged");
  }

  @Test
  void legallyRequiredDocumentsGoToPrintWithoutPaperlessConsent() {
    String customer = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
    List<ChannelDecision> before = resolver.resolve(customer, Category.STATEMENTS, Instant.now());
    assertEquals(
        List.of(Channel.PORTAL, Channel.PRINT),
        before.stream().map(ChannelDecision::channel).toList());
    assertEquals("RULE", before.get(1).reason(), "no paperless consent: print");

    contacts.registerVerifiedEmail(customer, customer.toLowerCase() + "@example.com");
    List<ChannelDecision> after = resolver.resolve(customer, Category.STATEMENTS, Instant.now());
    assertEquals(
        List.of(Channel.PORTAL, Channel.EMAIL, Channel.PRINT),
        after.stream().map(ChannelDecision::channel).toList(),
        "an email notice follows the preferences; paper stays until paperless is agreed");
    assertEquals(customer.toLowerCase() + "@example.com", after.get(1).address());

    assertEquals(
        List.of(),
        resolver.resolve(customer, Category.MARKETING, Instant.now()),
        "marketing is opt-in");
  }

  @Test
  void aSaveBasedOnAnOldVersionIsAConflictAndChangesNothing() {
    String customer = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
    PreferenceMatrix read = preferences.current(customer);
    PreferenceMatrix saved =
        preferences.change(customer, read.version(), Category.SERVICE_ALERTS, Channel.PRINT, true);
    assertTrue(saved.version() > read.version());
    assertThrows(
        PreferenceConflictException.class,
        () ->
            preferences.change(
                customer, read.version(), Category.SERVICE_ALERTS, Channel.PRINT, false));
    assertTrue(
        preferences.current(customer).cell(Category.SERVICE_ALERTS, Channel.PRINT).enabled());
  }

  private static ArchiveEntry entry(String eventId, String text) {
    return new ArchiveEntry(
        eventId,
        "TEST",
        "C-IT",
        "STATEMENTS",
        "PORTAL",
        null,
        null,
        null,
        null,
        Instant.now(),
        "text/plain",
        text.getBytes(StandardCharsets.UTF_8));
  }

  private String kindOf(ArchiveReceipt receipt) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select kind from archive.record where id = ?")) {
      ps.setLong(1, receipt.recordId());
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private void execute(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }
}
