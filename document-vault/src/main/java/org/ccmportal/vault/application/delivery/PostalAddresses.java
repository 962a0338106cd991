package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;

/**
 * The postal address a printed document goes to: the customer's newest verified postal contact
 * point in the preference center (decrypted there, never stored in the vault), one line per line of
 * the address, at most {@value #MAX_LINES} lines.
 */
@ApplicationScoped
public class PostalAddresses {
  static final int MAX_LINES = 6;

  @Inject ContactPoints contactPoints;

  public Optional<List<String>> of(String customerId) {
    return contactPoints.of(customerId).stream()
        .filter(p -> "POSTAL".equals(p.kind()) && p.verified() && !p.bounced())
        .max(Comparator.comparing(ContactPointView::verifiedAt))
        .map(p -> lines(p.value()))
        .filter(lines -> !lines.isEmpty());
  }

  static List<String> lines(String value) {
    return Arrays.stream(value.split("\\R"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .limit(MAX_LINES)
        .toList();
  }
}
