/** What the web layer may call on the vault: use-case facades speaking DTOs, never entities. */
package org.ccmportal.vault.api;
