/** Keeping customer profiles and sizing segments for the back office. */
package org.ccmportal.vault.application.customers;
