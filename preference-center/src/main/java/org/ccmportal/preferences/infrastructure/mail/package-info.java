/**
 * Email of the preference center through the server's mail session ({@code java:jboss/mail/ccm}).
 */
package org.ccmportal.preferences.infrastructure.mail;
