package org.ccmportal.vault.infrastructure.jpa.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmportal.vault.domain.model.customer.CustomerProfile;
import org.ccmportal.vault.domain.model.customer.CustomerProfileRepository;
import org.ccmportal.vault.domain.model.customer.Segment;

@ApplicationScoped
public class JpaCustomerProfileRepository implements CustomerProfileRepository {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public void put(CustomerProfile profile, String by, Instant now) {
    em.createNativeQuery(
            "insert into vault.customer_profile (customer_id, region, updated_at, updated_by)"
                + " values (?1, ?2, ?3, ?4) on conflict (customer_id) do update"
                + " set region = excluded.region, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .setParameter(1, profile.customerId())
        .setParameter(2, profile.region())
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, by)
        .executeUpdate();
    em.createNativeQuery("delete from vault.customer_product where customer_id = ?1")
        .setParameter(1, profile.customerId())
        .executeUpdate();
    if (!profile.products().isEmpty()) {
      // product codes hold no commas (AttributeCode), so one parameter carries them all
      em.createNativeQuery(
              "insert into vault.customer_product (customer_id, product)"
                  + " select ?1, unnest(string_to_array(?2, ','))")
          .setParameter(1, profile.customerId())
          .setParameter(2, String.join(",", profile.products()))
          .executeUpdate();
    }
  }

  @Override
  public Optional<CustomerProfile> find(String customerId) {
    @SuppressWarnings("unchecked")
    List<Object> regions =
        em.createNativeQuery(
                "select coalesce(region, '') from vault.customer_profile where customer_id = ?1")
            .setParameter(1, customerId)
            .getResultList();
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object> products =
        em.createNativeQuery(
                "select product from vault.customer_product where customer_id = ?1"
                    + " order by product")
            .setParameter(1, customerId)
            .getResultList();
    String region = (String) regions.get(0);
    return Optional.of(
        new CustomerProfile(
            customerId,
            region.isEmpty() ? null : region,
            products.stream().map(String.class::cast).toList()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> members(Segment segment, int limit) {
    Query query =
        bind(
            em.createNativeQuery(
                "select p.customer_id" + from(segment) + " order by p.customer_id limit :limit"),
            segment);
    return ((List<Object>) query.setParameter("limit", limit).getResultList())
        .stream().map(String.class::cast).toList();
  }

  @Override
  public long count(Segment segment) {
    return ((Number)
            bind(em.createNativeQuery("select count(*)" + from(segment)), segment)
                .getSingleResult())
        .longValue();
  }

  /** The segment's customers: every condition given must hold. */
  private static String from(Segment segment) {
    StringBuilder sql = new StringBuilder(" from vault.customer_profile p where true");
    if (segment.region() != null) {
      sql.append(" and p.region = :region");
    }
    if (segment.product() != null) {
      sql.append(
          " and exists (select 1 from vault.customer_product c"
              + " where c.customer_id = p.customer_id and c.product = :product)");
    }
    return sql.toString();
  }

  private static Query bind(Query query, Segment segment) {
    if (segment.region() != null) {
      query.setParameter("region", segment.region());
    }
    if (segment.product() != null) {
      query.setParameter("product", segment.product());
    }
    return query;
  }
}
