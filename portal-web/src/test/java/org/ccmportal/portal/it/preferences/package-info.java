/**
 * Integration tests of the preference center on the provisioned server: its API as owner, another
 * customer, staff and anonymous; the consent ledger and its archive copies; one-click unsubscribe;
 * encrypted contact points and their verification.
 */
package org.ccmportal.portal.it.preferences;
