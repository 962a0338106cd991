package org.ccmportal.vault.domain.model.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationAudience;

/**
 * The customers a publication goes to: valid customer ids (1-64 letters, digits, '-' or '_'), each
 * once (a duplicate counts once), at least one and at most {@value #MAX} after de-duplication.
 */
public record Audience(List<String> customerIds) {
  public static final int MAX = PublicationAudience.MAX;
  private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public Audience {
    customerIds = List.copyOf(customerIds);
  }

  /**
   * The audience of a list as uploaded: blank entries are ignored, ids are trimmed.
   *
   * @throws InvalidRequestException (field {@code audience}) naming the first bad entry by position
   */
  public static Audience of(List<String> ids) {
    if (ids == null) {
      throw new InvalidRequestException(
          "audience", "audience (a list of customer ids) is required");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i) == null ? "" : ids.get(i).strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!CUSTOMER_ID.matcher(id).matches()) {
        throw new InvalidRequestException(
            "audience",
            "audience entry "
                + (i + 1)
                + " is not a customer id (1-64 letters, digits, '-' or '_')");
      }
      unique.add(id);
      if (unique.size() > MAX) {
        throw new InvalidRequestException(
            "audience", "an audience may have at most " + MAX + " customers");
      }
    }
    if (unique.isEmpty()) {
      throw new InvalidRequestException("audience", "the audience has no customer ids");
    }
    return new Audience(new ArrayList<>(unique));
  }

  /** The entries of an uploaded text: one id per line (commas and semicolons also separate). */
  public static List<String> lines(String text) {
    return PublicationAudience.lines(text);
  }

  public int size() {
    return customerIds.size();
  }
}
