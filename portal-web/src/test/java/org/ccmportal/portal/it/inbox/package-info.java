/** Inbox tests: filters, search, read state, display window, ownership and integrity. */
package org.ccmportal.portal.it.inbox;
