/**
 * Customer-facing preference pages outside the matrix: delivery settings (time zone, SMS quiet
 * hours, language), the paperless (E-SIGN style) consent flow, the consent history as a PDF, and
 * the links customers follow from emails without logging in: one-click unsubscribe (RFC 8058) and
 * email verification, where the signed token in the link is the only authority.
 */
package org.ccmportal.portal.interfaces.web.preferences;
