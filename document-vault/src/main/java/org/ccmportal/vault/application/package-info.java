/** Use cases of the vault: publishing, the inbox, delivery; transactions and access checks. */
package org.ccmportal.vault.application;
