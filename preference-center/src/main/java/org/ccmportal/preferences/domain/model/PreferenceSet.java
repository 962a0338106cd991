package org.ccmportal.preferences.domain.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.PreferenceCell;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.api.PreferenceMatrix;

/**
 * A customer's channel choices (the aggregate root). It is created from the defaults the first time
 * the customer changes something; its version changes on every change, so a change based on an
 * older read is a conflict rather than a silent overwrite.
 */
@Entity
@Table(name = "preference_set")
public class PreferenceSet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false, length = 64)
  private String customerId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Moves forward on every change; that makes the root dirty, so JPA increments the version. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "preferenceSet", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ChannelPreference> preferences = new ArrayList<>();

  protected PreferenceSet() {}

  /** A new set holding the defaults for every category and channel (version 0). */
  public static PreferenceSet withDefaults(CustomerId customerId, Instant now) {
    PreferenceSet set = new PreferenceSet();
    set.customerId = customerId.value();
    set.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    set.updatedAt = set.createdAt;
    for (Category category : Category.values()) {
      for (Channel channel : Channel.values()) {
        set.preferences.add(
            new ChannelPreference(
                set, category, channel, PreferenceRules.defaultEnabled(category, channel)));
      }
    }
    return set;
  }

  /**
   * Sets one cell, after checking that the caller saw the current version and that the rules allow
   * it.
   *
   * @throws PreferenceConflictException when {@code expectedVersion} is not the current version
   * @throws org.ccmportal.preferences.api.PreferenceRuleException when a rule forbids the change
   */
  public void change(
      long expectedVersion, Category category, Channel channel, boolean on, Instant now) {
    change(expectedVersion, category, channel, on, Set.of(), now);
  }

  /**
   * Sets one cell given the purposes the customer consents to (marketing by email or SMS needs its
   * consent).
   */
  public void change(
      long expectedVersion,
      Category category,
      Channel channel,
      boolean on,
      Set<ConsentPurpose> granted,
      Instant now) {
    Objects.requireNonNull(category, "category is required");
    Objects.requireNonNull(channel, "channel is required");
    if (expectedVersion != version) {
      throw new PreferenceConflictException(
          "preferences changed since they were read (expected version "
              + expectedVersion
              + ", current "
              + version
              + "); reload and try again");
    }
    PreferenceRules.checkChange(category, channel, on, granted);
    set(category, channel, on, now);
  }

  /**
   * Follows a consent decision: a granted marketing consent switches marketing on for its channel,
   * a withdrawn one switches it off. The ledger is the authority, so no version is expected.
   */
  public void followConsent(ConsentPurpose purpose, boolean granted, Instant now) {
    purpose.marketingChannel().ifPresent(ch -> set(Category.MARKETING, ch, granted, now));
  }

  private void set(Category category, Channel channel, boolean on, Instant now) {
    preferences.stream()
        .filter(p -> p.isFor(category, channel))
        .findFirst()
        .ifPresentOrElse(
            p -> p.enabled(on),
            () -> preferences.add(new ChannelPreference(this, category, channel, on)));
    Instant next = now.truncatedTo(ChronoUnit.MICROS);
    updatedAt = next.isAfter(updatedAt) ? next : updatedAt.plus(1, ChronoUnit.MICROS);
  }

  /**
   * Every category x channel as the rules show it, in declaration order; a cell the customer never
   * stored (e.g. a category added later) shows its default.
   */
  public List<PreferenceCell> cells() {
    List<PreferenceCell> cells = new ArrayList<>();
    for (Category category : Category.values()) {
      for (Channel channel : Channel.values()) {
        boolean chosen =
            preferences.stream()
                .filter(p -> p.isFor(category, channel))
                .findFirst()
                .map(ChannelPreference::enabled)
                .orElse(PreferenceRules.defaultEnabled(category, channel));
        cells.add(PreferenceRules.cell(category, channel, chosen));
      }
    }
    return List.copyOf(cells);
  }

  public PreferenceMatrix toMatrix() {
    return new PreferenceMatrix(customerId, version, cells());
  }

  public CustomerId customerId() {
    return new CustomerId(customerId);
  }

  /** The optimistic-lock version; 0 until the first change is written. */
  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
