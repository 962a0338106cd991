/** Who the caller is (OIDC through WildFly's elytron-oidc-client), login, logout, headers. */
package org.ccmportal.portal.interfaces.security;
