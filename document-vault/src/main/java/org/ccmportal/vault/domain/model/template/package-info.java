/**
 * Templates: versioned XSLT with a maker-checker lifecycle (DRAFT, IN_REVIEW, APPROVED, REJECTED,
 * RETIRED), their review decisions, and the renderer that turns a version and data into a PDF.
 */
package org.ccmportal.vault.domain.model.template;
