/** Documents kept for customers: what they are, where their bytes are, how long they are kept. */
package org.ccmportal.vault.domain.model.document;
