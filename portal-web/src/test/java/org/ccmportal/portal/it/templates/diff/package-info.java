/**
 * Tests of the review screen's differences between template versions, through the API and a
 * browser.
 */
package org.ccmportal.portal.it.templates.diff;
