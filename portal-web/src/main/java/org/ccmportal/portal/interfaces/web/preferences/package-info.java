/**
 * Links customers follow from emails without logging in: one-click unsubscribe (RFC 8058) and email
 * verification. The signed token in the link is the only authority.
 */
package org.ccmportal.portal.interfaces.web.preferences;
