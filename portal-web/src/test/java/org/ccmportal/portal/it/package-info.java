/** Integration tests against the provisioned WildFly, PostgreSQL, Keycloak, S3 and SMTP. */
package org.ccmportal.portal.it;
