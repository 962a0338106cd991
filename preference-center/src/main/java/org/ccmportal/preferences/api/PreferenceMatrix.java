package org.ccmportal.preferences.api;

import java.util.List;

/**
 * A customer's channel choices, every category x channel.
 *
 * @param customerId the customer
 * @param version optimistic-lock version: a save with an older version is a conflict
 * @param cells one cell per category and channel, categories in declaration order
 */
public record PreferenceMatrix(String customerId, long version, List<PreferenceCell> cells) {

  /** The cell for this category and channel. */
  public PreferenceCell cell(Category category, Channel channel) {
    return cells.stream()
        .filter(c -> c.category() == category && c.channel() == channel)
        .findFirst()
        .orElseThrow();
  }
}
