/** Email through the server's mail session ({@code java:jboss/mail/ccm}, SMTP). */
package org.ccmportal.vault.infrastructure.mail;
