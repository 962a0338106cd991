/** Publications and their recipients in PostgreSQL (schema vault). */
package org.ccmportal.vault.infrastructure.jpa.publication;
