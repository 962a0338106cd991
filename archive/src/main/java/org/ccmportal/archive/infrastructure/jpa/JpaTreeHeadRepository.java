package org.ccmportal.archive.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccmportal.archive.domain.model.SignedTreeHead;
import org.ccmportal.archive.domain.model.TreeHeadRepository;

/** Signed tree heads in table {@code archive.tree_head}. */
@ApplicationScoped
public class JpaTreeHeadRepository implements TreeHeadRepository {

  @PersistenceContext(unitName = "archive")
  private EntityManager em;

  @Override
  public Optional<SignedTreeHead> latest() {
    return em.createQuery("select h from SignedTreeHead h order by h.id desc", SignedTreeHead.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SignedTreeHead> latestOfSize(long treeSize) {
    return em.createQuery(
            "select h from SignedTreeHead h where h.treeSize = :size order by h.id desc",
            SignedTreeHead.class)
        .setParameter("size", treeSize)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SignedTreeHead head) {
    em.persist(head);
    em.flush();
  }
}
