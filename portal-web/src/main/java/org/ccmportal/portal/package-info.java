/** The deployable web application: only interface code (pages, REST, security, startup). */
package org.ccmportal.portal;
