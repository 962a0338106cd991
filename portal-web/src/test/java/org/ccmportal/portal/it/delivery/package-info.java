/**
 * Delivery per channel through the real WAR: SMS through the local gateway sink (once, even when
 * attempted again), the print batch in the print drop (merged PDF and manifest read back from S3),
 * the dead-letter list and its retry, and who may use them.
 */
package org.ccmportal.portal.it.delivery;
