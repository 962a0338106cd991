/**
 * Publications: an approved template version sent to an audience of customers under maker-checker
 * (DRAFT, SUBMITTED, APPROVED, RUNNING, COMPLETED or REJECTED), the audience rules and the
 * marketing screening of recipients.
 */
package org.ccmportal.vault.domain.model.publication;
