/**
 * Delivery per channel: the email, SMS and print work queued for a document, the workers that send
 * it with retries and back-off, the daily print batch and the dead-letter list staff retry from.
 */
package org.ccmportal.vault.application.delivery;
