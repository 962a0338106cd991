package org.ccmportal.vault.infrastructure.jpa.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ccmportal.vault.domain.model.template.TemplateDecision;
import org.ccmportal.vault.domain.model.template.TemplateStatus;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;

/** Template versions and decisions in PostgreSQL. */
@ApplicationScoped
public class JpaTemplateVersionRepository implements TemplateVersionRepository {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public void add(TemplateVersion version) {
    em.persist(version);
    em.flush();
  }

  @Override
  public void add(TemplateDecision decision) {
    em.persist(decision);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<TemplateVersion> findForUpdate(String templateId, int version) {
    return query(templateId, version)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TemplateVersion> find(String templateId, int version) {
    return query(templateId, version).getResultStream().findFirst();
  }

  private jakarta.persistence.TypedQuery<TemplateVersion> query(String templateId, int version) {
    return em.createQuery(
            "select v from TemplateVersion v where v.templateId = :t and v.versionNumber = :n",
            TemplateVersion.class)
        .setParameter("t", templateId)
        .setParameter("n", version);
  }

  @Override
  public Optional<TemplateVersion> approved(String templateId) {
    return em.createQuery(
            "select v from TemplateVersion v where v.templateId = :t and v.status = :s",
            TemplateVersion.class)
        .setParameter("t", templateId)
        .setParameter("s", TemplateStatus.APPROVED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TemplateVersion> versions(String templateId) {
    return em.createQuery(
            "select v from TemplateVersion v where v.templateId = :t order by v.versionNumber desc",
            TemplateVersion.class)
        .setParameter("t", templateId)
        .getResultList();
  }

  @Override
  public int latestVersionNumber(String templateId) {
    Integer max =
        em.createQuery(
                "select max(v.versionNumber) from TemplateVersion v where v.templateId = :t",
                Integer.class)
            .setParameter("t", templateId)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  @Override
  public List<String> templateIds() {
    return em.createQuery(
            "select distinct v.templateId from TemplateVersion v order by v.templateId",
            String.class)
        .getResultList();
  }

  @Override
  public List<TemplateDecision> decisions(long templateVersionId) {
    return em.createQuery(
            "select d from TemplateDecision d where d.templateVersionId = :v"
                + " order by d.decidedAt, d.id",
            TemplateDecision.class)
        .setParameter("v", templateVersionId)
        .getResultList();
  }
}
