package org.ccmportal.preferences.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.PreferenceCell;

/**
 * Which channels a communication of one category uses, given the customer's matrix and verified
 * contact points.
 *
 * <p>The portal comes first: a legally required category always reaches the portal inbox (reason
 * {@link #RULE}). Email and SMS are used only with a verified address. When a legally required
 * communication should go by email but no verified email exists, it goes to print instead (reason
 * {@link #FALLBACK}), so that it reaches the customer outside the portal as they asked.
 */
public final class ChannelResolution {

  /** The customer chose this channel. */
  public static final String PREFERENCE = "PREFERENCE";

  /** A rule imposes this channel (legally required categories reach the portal). */
  public static final String RULE = "RULE";

  /** Replaces a chosen channel that cannot be used (no verified email). */
  public static final String FALLBACK = "FALLBACK";

  private ChannelResolution() {}

  /**
   * The ordered decisions: PORTAL, EMAIL, SMS, PRINT, then the print fallback if it applies.
   *
   * @param cells the customer's matrix cells (at least those of {@code category})
   * @param verifiedEmail the newest verified email address, if any
   * @param verifiedMobile the newest verified mobile number, if any
   * @param category the category of the communication
   */
  public static List<ChannelDecision> decide(
      List<PreferenceCell> cells,
      Optional<String> verifiedEmail,
      Optional<String> verifiedMobile,
      Category category) {
    Objects.requireNonNull(category, "category is required");
    List<ChannelDecision> decisions = new ArrayList<>();
    if (category.legallyRequired()) {
      decisions.add(new ChannelDecision(Channel.PORTAL, RULE, null));
    } else if (enabled(cells, category, Channel.PORTAL)) {
      decisions.add(new ChannelDecision(Channel.PORTAL, PREFERENCE, null));
    }
    boolean emailWanted = enabled(cells, category, Channel.EMAIL);
    if (emailWanted && verifiedEmail.isPresent()) {
      decisions.add(new ChannelDecision(Channel.EMAIL, PREFERENCE, verifiedEmail.get()));
    }
    if (enabled(cells, category, Channel.SMS) && verifiedMobile.isPresent()) {
      decisions.add(new ChannelDecision(Channel.SMS, PREFERENCE, verifiedMobile.get()));
    }
    boolean print = enabled(cells, category, Channel.PRINT);
    if (print) {
      decisions.add(new ChannelDecision(Channel.PRINT, PREFERENCE, null));
    }
    if (category.legallyRequired() && emailWanted && verifiedEmail.isEmpty() && !print) {
      decisions.add(new ChannelDecision(Channel.PRINT, FALLBACK, null));
    }
    return List.copyOf(decisions);
  }

  private static boolean enabled(List<PreferenceCell> cells, Category category, Channel channel) {
    return cells.stream()
        .anyMatch(c -> c.category() == category && c.channel() == channel && c.enabled());
  }
}
