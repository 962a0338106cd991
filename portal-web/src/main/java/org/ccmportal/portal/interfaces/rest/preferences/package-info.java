/**
 * The preference center's JSON API: the caller's own channel matrix, consents and contact points,
 * and staff changes on a customer's behalf (role admin, with a reason).
 */
package org.ccmportal.portal.interfaces.rest.preferences;
