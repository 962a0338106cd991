package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.DeliverySettings;
import org.ccmportal.preferences.api.PreferenceCell;

/**
 * Which channels a communication of one category uses, given the customer's matrix, verified
 * contact points and paperless consent.
 *
 * <p>The portal comes first: a legally required category always reaches the portal inbox (reason
 * {@link #RULE}). Email and SMS are used only with a verified address. For legally required
 * categories the paperless consent decides the paper:
 *
 * <ul>
 *   <li><b>Without paperless consent</b> (never granted, or withdrawn) the document goes to the
 *       portal <em>and to print</em> (reason {@link #RULE}), whatever the print cell says; email
 *       and SMS notices follow the customer's preferences.
 *   <li><b>With paperless consent</b> the document goes to the portal and an email notice is sent
 *       to the verified address (reason {@link #RULE}); print is off whatever the print cell says.
 *       Without a verified email address the notice cannot reach the customer, so the document goes
 *       to print instead (reason {@link #FALLBACK}). SMS notices follow the preferences.
 * </ul>
 *
 * <p>Other categories follow the matrix alone. Whatever the category, no SMS is sent during the
 * customer's quiet hours ({@link #outsideQuietHours}).
 */
public final class ChannelResolution {

  /** The customer chose this channel. */
  public static final String PREFERENCE = "PREFERENCE";

  /**
   * A rule imposes this channel (legally required categories reach the portal, and print or an
   * email notice depending on paperless consent).
   */
  public static final String RULE = "RULE";

  /**
   * Why an SMS was left out: {@code at} falls in the customer's quiet hours (logged, not returned,
   * since a channel left out is not used).
   */
  public static final String QUIET_HOURS = "QUIET_HOURS";

  /** Replaces a channel that cannot be used (paperless without a verified email: print). */
  public static final String FALLBACK = "FALLBACK";

  /**
   * Mail to the customer's verified address bounced permanently: a legally required document that
   * would have gone by email goes to print instead; other categories drop the email (logged).
   */
  public static final String EMAIL_BOUNCED = "EMAIL_BOUNCED";

  private static final Logger LOG = Logger.getLogger(ChannelResolution.class.getName());

  private ChannelResolution() {}

  /**
   * The ordered decisions: PORTAL, EMAIL, SMS, then PRINT when it applies.
   *
   * @param cells the customer's matrix cells (at least those of {@code category})
   * @param verifiedEmail the newest verified email address, if any
   * @param verifiedMobile the newest verified mobile number, if any
   * @param category the category of the communication
   * @param paperless whether the customer's paperless consent is currently granted
   */
  public static List<ChannelDecision> decide(
      List<PreferenceCell> cells,
      Optional<String> verifiedEmail,
      Optional<String> verifiedMobile,
      Category category,
      boolean paperless) {
    return decide(cells, verifiedEmail, verifiedMobile, category, paperless, false);
  }

  /**
   * As {@link #decide(List, Optional, Optional, Category, boolean)}, knowing whether the customer's
   * email bounced: then {@code verifiedEmail} is empty (a bounced address is not usable), and a
   * legally required document that needed the email goes to print with reason {@link
   * #EMAIL_BOUNCED} instead of {@link #FALLBACK}.
   *
   * @param emailBounced whether the customer has no usable email because theirs bounced
   */
  public static List<ChannelDecision> decide(
      List<PreferenceCell> cells,
      Optional<String> verifiedEmail,
      Optional<String> verifiedMobile,
      Category category,
      boolean paperless,
      boolean emailBounced) {
    Objects.requireNonNull(category, "category is required");
    boolean bounced = emailBounced && verifiedEmail.isEmpty();
    if (bounced
        && (enabled(cells, category, Channel.EMAIL) || category.legallyRequired() && paperless)) {
      LOG.info("EMAIL left out: " + EMAIL_BOUNCED);
    }
    boolean legal = category.legallyRequired();
    List<ChannelDecision> decisions = new ArrayList<>();
    if (legal) {
      decisions.add(new ChannelDecision(Channel.PORTAL, RULE, null));
    } else if (enabled(cells, category, Channel.PORTAL)) {
      decisions.add(new ChannelDecision(Channel.PORTAL, PREFERENCE, null));
    }
    if (verifiedEmail.isPresent()) {
      if (legal && paperless) {
        decisions.add(new ChannelDecision(Channel.EMAIL, RULE, verifiedEmail.get()));
      } else if (enabled(cells, category, Channel.EMAIL)) {
        decisions.add(new ChannelDecision(Channel.EMAIL, PREFERENCE, verifiedEmail.get()));
      }
    }
    if (enabled(cells, category, Channel.SMS) && verifiedMobile.isPresent()) {
      decisions.add(new ChannelDecision(Channel.SMS, PREFERENCE, verifiedMobile.get()));
    }
    if (legal && !paperless) {
      decisions.add(new ChannelDecision(Channel.PRINT, RULE, null));
    } else if (legal && verifiedEmail.isEmpty()) {
      decisions.add(new ChannelDecision(Channel.PRINT, bounced ? EMAIL_BOUNCED : FALLBACK, null));
    } else if (!legal && enabled(cells, category, Channel.PRINT)) {
      decisions.add(new ChannelDecision(Channel.PRINT, PREFERENCE, null));
    }
    return List.copyOf(decisions);
  }

  /**
   * The decisions without SMS when {@code at} falls in the customer's quiet hours (in their time
   * zone, see {@link DeliverySettings#quietAt}); nothing replaces the SMS. Outside quiet hours the
   * decisions are returned unchanged.
   */
  public static List<ChannelDecision> outsideQuietHours(
      List<ChannelDecision> decisions, DeliverySettings settings, Instant at) {
    if (!settings.quietAt(at)) {
      return decisions;
    }
    List<ChannelDecision> kept =
        decisions.stream().filter(d -> d.channel() != Channel.SMS).toList();
    if (kept.size() != decisions.size()) {
      LOG.info("SMS left out: " + QUIET_HOURS);
    }
    return kept;
  }

  private static boolean enabled(List<PreferenceCell> cells, Category category, Channel channel) {
    return cells.stream()
        .anyMatch(c -> c.category() == category && c.channel() == channel && c.enabled());
  }
}
