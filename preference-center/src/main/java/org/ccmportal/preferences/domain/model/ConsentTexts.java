package org.ccmportal.preferences.domain.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentText;

/**
 * The versioned consent texts, kept as resources {@code consent-texts/<PURPOSE>/v<N>.txt}. A
 * published version is never edited: a change is a new version, and consents record the version and
 * the SHA-256 of the exact text the customer saw.
 */
public final class ConsentTexts {
  private static final Map<ConsentPurpose, List<ConsentText>> TEXTS = load();

  private ConsentTexts() {}

  /** The newest version for the purpose. */
  public static ConsentText current(ConsentPurpose purpose) {
    List<ConsentText> versions = TEXTS.get(purpose);
    return versions.get(versions.size() - 1);
  }

  /** A given version, if it exists. */
  public static Optional<ConsentText> version(ConsentPurpose purpose, int version) {
    List<ConsentText> versions = TEXTS.get(purpose);
    return version >= 1 && version <= versions.size()
        ? Optional.of(versions.get(version - 1))
        : Optional.empty();
  }

  /** Hex SHA-256 of the text in UTF-8. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<ConsentPurpose, List<ConsentText>> load() {
    Map<ConsentPurpose, List<ConsentText>> all = new EnumMap<>(ConsentPurpose.class);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      List<ConsentText> versions = new ArrayList<>();
      for (int v = 1; ; v++) {
        String path = "consent-texts/" + purpose.name() + "/v" + v + ".txt";
        try (InputStream in = ConsentTexts.class.getClassLoader().getResourceAsStream(path)) {
          if (in == null) {
            break;
          }
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          versions.add(new ConsentText(purpose, v, sha256(text), text));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (versions.isEmpty()) {
        throw new IllegalStateException("no consent text for " + purpose);
      }
      all.put(purpose, List.copyOf(versions));
    }
    return all;
  }
}
