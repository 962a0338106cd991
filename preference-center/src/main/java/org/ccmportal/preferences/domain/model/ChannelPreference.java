package org.ccmportal.preferences.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;

/** What the customer chose for one category on one channel; part of a {@link PreferenceSet}. */
@Entity
@Table(name = "channel_preference")
public class ChannelPreference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "preference_set_id", nullable = false, updatable = false)
  private PreferenceSet preferenceSet;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false, length = 32)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 16)
  private Channel channel;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  protected ChannelPreference() {}

  ChannelPreference(PreferenceSet preferenceSet, Category category, Channel channel, boolean on) {
    this.preferenceSet = preferenceSet;
    this.category = category;
    this.channel = channel;
    this.enabled = on;
  }

  boolean isFor(Category category, Channel channel) {
    return this.category == category && this.channel == channel;
  }

  boolean enabled() {
    return enabled;
  }

  void enabled(boolean on) {
    this.enabled = on;
  }
}
