package org.ccmportal.vault.domain.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void codesAreTrimmedAndUpperCased() {
    Segment segment = Segment.of(" north ", "Mortgage");
    assertEquals("NORTH", segment.region());
    assertEquals("MORTGAGE", segment.product());
    assertEquals("region=NORTH product=MORTGAGE", segment.describe());
  }

  @Test
  void eitherConditionAloneIsASegment() {
    assertEquals("region=SOUTH", Segment.of("south", " ").describe());
    assertEquals("product=ISA", Segment.of(null, "isa").describe());
    assertNull(Segment.of(null, "isa").region());
  }

  @Test
  void aSegmentWithoutConditionsIsRefused() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Segment.of(" ", null));
    assertEquals("segment", e.field());
  }

  @Test
  void aBadCodeNamesItsField() {
    assertEquals(
        "segment.region",
        assertThrows(InvalidRequestException.class, () -> Segment.of("north' or 1=1", null))
            .field());
    assertEquals(
        "segment.product",
        assertThrows(InvalidRequestException.class, () -> Segment.of(null, "x".repeat(41)))
            .field());
  }

  @Test
  void aProfileKeepsEachProductOnceAndSorted() {
    CustomerProfile profile =
        CustomerProfile.of("C-1", "north", List.of("mortgage", "ISA", " Mortgage "));
    assertEquals("NORTH", profile.region());
    assertEquals(List.of("ISA", "MORTGAGE"), profile.products());
    assertNull(CustomerProfile.of("C-1", "", null).region());
  }

  @Test
  void aProfileRefusesBadProductsAndTooMany() {
    assertEquals(
        "products",
        assertThrows(
                InvalidRequestException.class,
                () -> CustomerProfile.of("C-1", null, Arrays.asList("ok", null)))
            .field());
    List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "P" + i).toList();
    assertEquals(
        "products",
        assertThrows(InvalidRequestException.class, () -> CustomerProfile.of("C-1", null, many))
            .field());
  }
}
