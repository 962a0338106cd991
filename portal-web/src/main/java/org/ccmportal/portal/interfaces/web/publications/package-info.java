/**
 * Back-office publication pages: the list and approval queue, the creation wizard (a Faces Flow:
 * template, audience, schedule and preview) and the dashboard of one publication.
 */
package org.ccmportal.portal.interfaces.web.publications;
