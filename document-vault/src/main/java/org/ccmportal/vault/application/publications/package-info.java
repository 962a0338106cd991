/**
 * Publication use cases: creation and maker-checker review (decisions archived), the scheduler that
 * starts due publications through the bulk job and completes them, and the figures per publication.
 * Roles are checked here; the lifecycle rules live in the domain.
 */
package org.ccmportal.vault.application.publications;
