/** The back-office dead-letter page: failed deliveries and their retry. */
package org.ccmportal.portal.interfaces.web.delivery;
