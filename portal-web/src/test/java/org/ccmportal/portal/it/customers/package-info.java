/** Customer profiles, segments and the communication history, through the real WAR. */
package org.ccmportal.portal.it.customers;
