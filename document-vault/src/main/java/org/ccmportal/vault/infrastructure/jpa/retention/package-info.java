/** Retention rules, retention events and document removal in PostgreSQL. */
package org.ccmportal.vault.infrastructure.jpa.retention;
