package org.ccmportal.vault.domain.model.template;

import java.util.List;
import java.util.Optional;

/** Template versions and their review decisions. */
public interface TemplateVersionRepository {

  void add(TemplateVersion version);

  void add(TemplateDecision decision);

  /** Writes pending changes now (when their order matters to the database's constraints). */
  void flush();

  /** One version, locked for update (the lifecycle steps change it). */
  Optional<TemplateVersion> findForUpdate(String templateId, int version);

  Optional<TemplateVersion> find(String templateId, int version);

  /** The version in force, if any. */
  Optional<TemplateVersion> approved(String templateId);

  /** All versions of a template, newest first. */
  List<TemplateVersion> versions(String templateId);

  /** The highest version number of a template, 0 when it has none. */
  int latestVersionNumber(String templateId);

  /** Ids of all templates that have at least one version. */
  List<String> templateIds();

  /** The decisions on a version, oldest first. */
  List<TemplateDecision> decisions(long templateVersionId);
}
