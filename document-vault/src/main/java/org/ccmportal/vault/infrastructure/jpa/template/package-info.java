/** Template versions and review decisions in PostgreSQL (persistence unit {@code vault}). */
package org.ccmportal.vault.infrastructure.jpa.template;
