package org.ccmportal.vault.application.delivery;

import java.util.List;

/**
 * A page of the dead-letter list, most recent first.
 *
 * @param items the dead items of this page
 * @param total all dead items
 * @param offset the first item's position
 * @param limit the page size asked for
 */
public record DeadLetterPage(List<DeadLetterView> items, long total, int offset, int limit) {}
