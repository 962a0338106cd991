/** Readiness of the portal and what it depends on. */
package org.ccmportal.portal.interfaces.health;
