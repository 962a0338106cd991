package org.ccmportal.vault.api;

/** The bytes of a document, already checked against their recorded SHA-256. */
public record DocumentContent(DocumentSummary summary, String fileName, byte[] bytes) {}
