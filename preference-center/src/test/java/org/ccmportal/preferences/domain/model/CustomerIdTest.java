package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"c", "cust-42", "A_b-9", "0123456789"})
  void acceptsLettersDigitsUnderscoreAndHyphen(String value) {
    assertEquals(value, new CustomerId(value).value());
  }

  @Test
  void acceptsSixtyFourCharacters() {
    String max = "a".repeat(64);
    assertEquals(max, new CustomerId(max).value());
  }

  @Test
  void rejectsSixtyFiveCharacters() {
    var e = assertThrows(IllegalArgumentException.class, () -> new CustomerId("a".repeat(65)));
    assertTrue(e.getMessage().contains("customerId"), e.getMessage());
    assertTrue(e.getMessage().contains("64"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void rejectsMissingOrBlank(String value) {
    var e = assertThrows(IllegalArgumentException.class, () -> new CustomerId(value));
    assertTrue(e.getMessage().contains("customerId is required"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a b", "a/b", "../etc", "a.b", "a@b", "x'; drop table", "kund\u00e9", " cust"})
  void rejectsOtherCharacters(String value) {
    var e = assertThrows(IllegalArgumentException.class, () -> new CustomerId(value));
    assertTrue(e.getMessage().contains("A-Z, a-z, 0-9, '_' or '-'"), e.getMessage());
  }

  @Test
  void messageDoesNotEchoTheInput() {
    var e = assertThrows(IllegalArgumentException.class, () -> new CustomerId("<script>"));
    assertTrue(!e.getMessage().contains("<script>"), e.getMessage());
  }
}
