/**
 * Customer-facing preference pages outside the matrix: the paperless (E-SIGN style) consent flow,
 * and the links customers follow from emails without logging in: one-click unsubscribe (RFC 8058)
 * and email verification, where the signed token in the link is the only authority.
 */
package org.ccmportal.portal.interfaces.web.preferences;
