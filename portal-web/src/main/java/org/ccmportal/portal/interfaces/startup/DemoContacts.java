package org.ccmportal.portal.interfaces.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CustomerProfileFacade;

/**
 * The demo customers' verified email and postal addresses and their profiles (demo data for the
 * local stack only; the postal addresses are fictional, in the style of the Royal Mail's examples).
 */
@ApplicationScoped
public class DemoContacts {
  static final Map<String, String> EMAILS =
      Map.of("C-1001", "alice@example.com", "C-1002", "bob@example.com");
  static final Map<String, String> POSTAL =
      Map.of(
          "C-1001", "Alice Example\n1 Example Street\nYork\nYO1 7HH",
          "C-1002", "Bob Example\n2 Sample Road\nLeeds\nLS1 4AP");

  /** Region and products, for segments (demo data). */
  static final Map<String, List<String>> PROFILES =
      Map.of(
          "C-1001", List.of("NORTH", "CURRENT_ACCOUNT", "MORTGAGE"),
          "C-1002", List.of("SOUTH", "CURRENT_ACCOUNT", "HOME_INSURANCE"));

  @Inject ContactDirectory contacts;
  @Inject CustomerProfileFacade profiles;

  public void register() {
    EMAILS.forEach(contacts::registerVerifiedEmail);
    POSTAL.forEach(contacts::registerVerifiedPostalAddress);
    Actor demo = new Actor("demo-data", null, Set.of("admin"));
    PROFILES.forEach(
        (customer, attributes) ->
            profiles.put(
                demo, customer, attributes.get(0), attributes.subList(1, attributes.size())));
  }
}
