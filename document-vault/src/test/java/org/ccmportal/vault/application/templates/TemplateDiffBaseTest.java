package org.ccmportal.vault.application.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.domain.model.template.TemplateDecision;
import org.ccmportal.vault.domain.model.template.TemplateNotFoundException;
import org.ccmportal.vault.domain.model.template.TemplateStatus;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;
import org.junit.jupiter.api.Test;

/**
 * Which version a version is compared with: the one in force when that is another version, else the
 * nearest lower version; a first version with none. Back-office roles only.
 */
class TemplateDiffBaseTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor PAULA = new Actor("paula", null, Set.of("publisher"));
  private static final Actor ARTHUR = new Actor("arthur", null, Set.of("approver"));
  private static final Actor ALICE = new Actor("alice", "C-1001", Set.of("customer"));

  private final Versions repository = new Versions();
  private final TemplateService service = new TemplateService();

  TemplateDiffBaseTest() {
    service.versions = repository;
  }

  @Test
  void aVersionInReviewIsComparedWithTheVersionInForce() {
    repository.add(TemplateVersion.builtIn("t", 1, "a\nb\nc", "{}", T0));
    repository.add(draft(2, "a\nX\nc")); // another draft, never approved
    TemplateVersion three = draft(3, "a\nb\nc\nd");
    three.submit(PAULA, T0);
    repository.add(three);

    TemplateDiff diff = service.diff(ARTHUR, "t", 3);
    assertEquals(1, diff.comparedWith());
    assertEquals("APPROVED", diff.comparedWithStatus());
    assertEquals("IN_REVIEW", diff.status());
    assertEquals(1, diff.xslt().added());
    assertEquals(0, diff.xslt().removed());
    assertTrue(!diff.sampleData().changed());
  }

  @Test
  void withoutAnotherVersionInForceTheNearestLowerVersionIsTheBase() {
    repository.add(TemplateVersion.builtIn("t", 1, "a", "{}", T0));
    repository.add(draft(2, "b"));
    TemplateDiff approvedItself = service.diff(PAULA, "t", 1);
    assertNull(approvedItself.comparedWith(), "nothing lower than version 1");
    assertTrue(approvedItself.first());

    TemplateVersion three = draft(3, "c");
    repository.add(three);
    repository.approvedOverride = three; // as if 3 were in force
    TemplateDiff diff = service.diff(PAULA, "t", 3);
    assertEquals(2, diff.comparedWith());
    assertEquals("DRAFT", diff.comparedWithStatus());
  }

  @Test
  void aFirstVersionHasNothingToCompareWith() {
    repository.add(draft(1, "a\nb"));
    TemplateDiff diff = service.diff(PAULA, "t", 1);
    assertTrue(diff.first());
    assertNull(diff.comparedWithStatus());
    assertEquals(2, diff.xslt().added());
  }

  @Test
  void onlyTheBackOfficeReadsDifferencesOfExistingVersions() {
    repository.add(TemplateVersion.builtIn("t", 1, "a", "{}", T0));
    assertThrows(AccessDeniedException.class, () -> service.diff(ALICE, "t", 1));
    assertThrows(TemplateNotFoundException.class, () -> service.diff(PAULA, "t", 9));
  }

  private static TemplateVersion draft(int version, String xslt) {
    return TemplateVersion.draft("t", version, xslt, "{}", "paula", T0);
  }

  /** An in-memory repository of one template's versions. */
  private static final class Versions implements TemplateVersionRepository {
    private final List<TemplateVersion> all = new ArrayList<>();
    TemplateVersion approvedOverride;

    @Override
    public void add(TemplateVersion version) {
      all.add(version);
    }

    @Override
    public void add(TemplateDecision decision) {}

    @Override
    public void flush() {}

    @Override
    public Optional<TemplateVersion> findForUpdate(String templateId, int version) {
      return find(templateId, version);
    }

    @Override
    public Optional<TemplateVersion> find(String templateId, int version) {
      return all.stream()
          .filter(v -> v.templateId().equals(templateId) && v.version() == version)
          .findFirst();
    }

    @Override
    public Optional<TemplateVersion> approved(String templateId) {
      if (approvedOverride != null) {
        return Optional.of(approvedOverride);
      }
      return all.stream()
          .filter(v -> v.templateId().equals(templateId) && v.status() == TemplateStatus.APPROVED)
          .findFirst();
    }

    @Override
    public List<TemplateVersion> versions(String templateId) {
      return all.stream()
          .filter(v -> v.templateId().equals(templateId))
          .sorted(Comparator.comparingInt(TemplateVersion::version).reversed())
          .toList();
    }

    @Override
    public int latestVersionNumber(String templateId) {
      return versions(templateId).stream().mapToInt(TemplateVersion::version).max().orElse(0);
    }

    @Override
    public List<String> templateIds() {
      return all.stream().map(TemplateVersion::templateId).distinct().toList();
    }

    @Override
    public List<TemplateDecision> decisions(long templateVersionId) {
      return List.of();
    }
  }
}
