package org.ccmportal.vault.api;

import java.util.List;

/**
 * A customer's attributes for picking audiences.
 *
 * @param customerId the customer
 * @param region region code, or null
 * @param products product codes held, sorted
 */
public record CustomerProfileView(String customerId, String region, List<String> products) {}
