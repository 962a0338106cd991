package org.ccmportal.vault.application.templates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, after the schema migrations, makes sure every built-in template has a version in the
 * database (approved version 1 by "system"); a template that already has versions is left alone.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
public class BuiltInTemplateSeeding {
  private static final Logger LOG = Logger.getLogger(BuiltInTemplateSeeding.class.getName());

  @Inject TemplateService templates;

  @PostConstruct
  void seed() {
    int seeded = templates.seedBuiltIns();
    LOG.info("built-in templates seeded: " + seeded);
  }
}
