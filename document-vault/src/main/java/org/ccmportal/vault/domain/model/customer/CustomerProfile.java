package org.ccmportal.vault.domain.model.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * What the back office knows of a customer for picking audiences: the region (or none) and the
 * products held, each a code ({@link AttributeCode}), products without duplicates and sorted.
 */
public record CustomerProfile(String customerId, String region, List<String> products) {
  /** The most products one customer may have on their profile. */
  public static final int MAX_PRODUCTS = 50;

  public CustomerProfile {
    products = List.copyOf(products);
  }

  /**
   * A profile from the customer system's values.
   *
   * @throws InvalidRequestException naming {@code region} or {@code products} (with the position of
   *     the first bad entry)
   */
  public static CustomerProfile of(String customerId, String region, List<String> products) {
    TreeSet<String> codes = new TreeSet<>();
    List<String> given = products == null ? List.of() : new ArrayList<>(products);
    for (int i = 0; i < given.size(); i++) {
      codes.add(AttributeCode.of("products", given.get(i)));
    }
    if (codes.size() > MAX_PRODUCTS) {
      throw new InvalidRequestException(
          "products", "a customer may have at most " + MAX_PRODUCTS + " products");
    }
    return new CustomerProfile(
        customerId, AttributeCode.optional("region", region), List.copyOf(codes));
  }
}
