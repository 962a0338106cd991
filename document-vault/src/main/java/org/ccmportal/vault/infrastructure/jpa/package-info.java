/** JPA repositories of the vault (persistence unit {@code vault}, schema {@code vault}). */
package org.ccmportal.vault.infrastructure.jpa;
