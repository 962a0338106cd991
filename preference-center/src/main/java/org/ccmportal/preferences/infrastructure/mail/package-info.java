/**
 * Email of the preference center: verification links through the server's mail session ({@code
 * java:jboss/mail/ccm}), and the bounce mailbox read over IMAP for delivery status reports.
 */
package org.ccmportal.preferences.infrastructure.mail;
