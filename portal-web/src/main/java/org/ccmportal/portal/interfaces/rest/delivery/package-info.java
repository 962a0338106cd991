/** The delivery API for staff: the dead-letter list with retry, and the print batch on demand. */
package org.ccmportal.portal.interfaces.rest.delivery;
