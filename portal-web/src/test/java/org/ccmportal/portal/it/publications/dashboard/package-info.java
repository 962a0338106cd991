/** Tests of the publication dashboard's texts in a browser. */
package org.ccmportal.portal.it.publications.dashboard;
