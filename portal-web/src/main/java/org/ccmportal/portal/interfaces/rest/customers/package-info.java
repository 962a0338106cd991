/** Customers as the back office sees them: their attributes (profile) and segment sizes. */
package org.ccmportal.portal.interfaces.rest.customers;
