/** Work queued with a document (the transactional outbox) and what happened on each channel. */
package org.ccmportal.vault.domain.model.delivery;
