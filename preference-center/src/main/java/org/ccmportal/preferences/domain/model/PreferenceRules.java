package org.ccmportal.preferences.domain.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.PreferenceCell;
import org.ccmportal.preferences.api.PreferenceRuleException;

/**
 * The rules of the preference matrix.
 *
 * <ul>
 *   <li>A legally required category always reaches the portal inbox: its PORTAL cell is on and
 *       locked, whatever the customer chose.
 *   <li>Marketing is off on every channel until the customer opts in. On the portal and by post the
 *       switch is the opt-in; by email or SMS it can be on only while the customer's marketing
 *       consent for that channel is granted in the consent ledger.
 *   <li>A customer who never chose anything gets every category on the portal, email for documents,
 *       notices, reminders and alerts, SMS for alerts and payment reminders, no print.
 * </ul>
 */
public final class PreferenceRules {

  /** Message-bundle key of the lock on the portal for legally required categories. */
  public static final String LOCK_LEGALLY_REQUIRED = "preferences.lock.legallyRequired";

  /** Message-bundle key of the refusal to switch on marketing by email or SMS without consent. */
  public static final String CONSENT_REQUIRED = "preferences.rule.consentRequired";

  private static final Set<Category> EMAIL_BY_DEFAULT =
      EnumSet.of(
          Category.STATEMENTS,
          Category.POLICY_DOCUMENTS,
          Category.REGULATORY_NOTICES,
          Category.PAYMENT_REMINDERS,
          Category.SERVICE_ALERTS);
  private static final Set<Category> SMS_BY_DEFAULT =
      EnumSet.of(Category.SERVICE_ALERTS, Category.PAYMENT_REMINDERS);

  private PreferenceRules() {}

  /** Whether the cell is on for a customer who never chose anything. */
  public static boolean defaultEnabled(Category category, Channel channel) {
    if (category == Category.MARKETING) {
      return false;
    }
    return switch (channel) {
      case PORTAL -> true;
      case EMAIL -> EMAIL_BY_DEFAULT.contains(category);
      case SMS -> SMS_BY_DEFAULT.contains(category);
      case PRINT -> false;
    };
  }

  /** Whether the customer may not change the cell. */
  public static boolean locked(Category category, Channel channel) {
    return category.legallyRequired() && channel == Channel.PORTAL;
  }

  /** The message-bundle key explaining why the cell is locked, or null when it is not. */
  public static String lockReason(Category category, Channel channel) {
    return locked(category, channel) ? LOCK_LEGALLY_REQUIRED : null;
  }

  /**
   * Checks that the customer may set the cell to {@code on}; switching on a locked cell is a
   * harmless no-op, switching it off is forbidden.
   *
   * @throws PreferenceRuleException with {@link #LOCK_LEGALLY_REQUIRED} when a locked cell would be
   *     switched off
   */
  public static void checkChange(Category category, Channel channel, boolean on) {
    checkChange(category, channel, on, Set.of());
  }

  /**
   * Checks the change given the purposes the customer currently consents to.
   *
   * @throws PreferenceRuleException with {@link #LOCK_LEGALLY_REQUIRED} when a locked cell would be
   *     switched off, with {@link #CONSENT_REQUIRED} when marketing would be switched on by email
   *     or SMS without the marketing consent of that channel
   */
  public static void checkChange(
      Category category, Channel channel, boolean on, Set<ConsentPurpose> granted) {
    if (!on && locked(category, channel)) {
      throw new PreferenceRuleException(
          LOCK_LEGALLY_REQUIRED,
          category
              + " is legally required and always reaches the portal; it cannot be switched off");
    }
    if (on && category == Category.MARKETING) {
      ConsentPurpose needed = ConsentPurpose.forMarketingOn(channel).orElse(null);
      if (needed != null && !granted.contains(needed)) {
        throw new PreferenceRuleException(
            CONSENT_REQUIRED,
            "marketing by "
                + channel
                + " needs the customer's consent "
                + needed
                + " first (POST /api/v1/consents)");
      }
    }
  }

  /** Whether marketing may use the channel given the purposes consented to. */
  public static boolean marketingAllowed(Channel channel, Set<ConsentPurpose> granted) {
    return ConsentPurpose.forMarketingOn(channel).map(granted::contains).orElse(true);
  }

  /** The cell as the rules show it: a locked cell is always on. */
  public static PreferenceCell cell(Category category, Channel channel, boolean chosen) {
    boolean locked = locked(category, channel);
    return new PreferenceCell(
        category, channel, chosen || locked, locked, lockReason(category, channel));
  }

  /** The full default matrix, categories and channels in declaration order. */
  public static List<PreferenceCell> defaultCells() {
    List<PreferenceCell> cells = new ArrayList<>();
    for (Category category : Category.values()) {
      for (Channel channel : Channel.values()) {
        cells.add(cell(category, channel, defaultEnabled(category, channel)));
      }
    }
    return List.copyOf(cells);
  }
}
