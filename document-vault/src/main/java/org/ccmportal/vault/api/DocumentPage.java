package org.ccmportal.vault.api;

import java.util.List;

/** One page of a customer's documents, newest first. */
public record DocumentPage(List<DocumentSummary> items, long total, int offset, int limit) {}
