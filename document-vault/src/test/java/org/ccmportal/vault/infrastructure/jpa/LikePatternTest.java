package org.ccmportal.vault.infrastructure.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The customer's search text is matched literally: its LIKE wildcards are escaped. */
class LikePatternTest {

  @Test
  void wildcardsAndTheEscapeCharacterAreEscaped() {
    assertEquals("%100\\%\\_off%", JpaDocumentRepository.likePattern("100%_off"));
    assertEquals("%a\\\\b%", JpaDocumentRepository.likePattern("a\\b"));
  }

  @Test
  void theSearchIsLowerCased() {
    assertEquals("%statement%", JpaDocumentRepository.likePattern("StateMENT"));
  }
}
