/**
 * Template use cases: drafting, review (maker-checker), preview and the seeding of the built-in
 * templates. Roles are checked here; the lifecycle rules live in the domain.
 */
package org.ccmportal.vault.application.templates;
