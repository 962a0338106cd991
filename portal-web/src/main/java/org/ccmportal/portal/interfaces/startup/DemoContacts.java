package org.ccmportal.portal.interfaces.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.ccmportal.preferences.api.ContactDirectory;

/** The demo customers' verified email addresses (demo data for the local stack only). */
@ApplicationScoped
public class DemoContacts {
  static final Map<String, String> EMAILS =
      Map.of("C-1001", "alice@example.com", "C-1002", "bob@example.com");

  @Inject ContactDirectory contacts;

  public void register() {
    EMAILS.forEach(contacts::registerVerifiedEmail);
  }
}
