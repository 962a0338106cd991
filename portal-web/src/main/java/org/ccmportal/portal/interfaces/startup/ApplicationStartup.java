package org.ccmportal.portal.interfaces.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ccmportal.archive.infrastructure.minio.MinioArchiveStore;
import org.ccmportal.vault.application.OutboxWorker;
import org.ccmportal.vault.infrastructure.minio.MinioDocumentStore;
import org.flywaydb.core.Flyway;

/**
 * Runs at deployment: migrates each module's schema (one Flyway history per schema), makes sure the
 * buckets exist, registers the demo customers' contacts when {@code CCM_DEMO_DATA=true}, and starts
 * the outbox worker.
 */
@Singleton
@Startup
@DependsOn("MasterKeyCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());
  static final List<String> SCHEMAS = List.of("archive", "preferences", "vault");

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Inject MinioDocumentStore documentStore;
  @Inject MinioArchiveStore archiveStore;
  @Inject OutboxWorker outbox;
  @Inject DemoContacts demoContacts;

  @PostConstruct
  void start() {
    for (String schema : SCHEMAS) {
      var result =
          Flyway.configure(ApplicationStartup.class.getClassLoader())
              .dataSource(dataSource)
              .schemas(schema)
              .createSchemas(true)
              .locations("classpath:db/migration/" + schema)
              .load()
              .migrate();
      LOG.info("schema " + schema + ": " + result.migrationsExecuted + " migrations applied");
    }
    documentStore.ensureBucket();
    archiveStore.ensureBucket();
    if (Boolean.parseBoolean(System.getenv().getOrDefault("CCM_DEMO_DATA", "false"))) {
      demoContacts.register();
    }
    outbox.start();
  }
}
