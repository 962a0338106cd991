/** The retention API: rules per document type, retention events, and disposition runs. */
package org.ccmportal.portal.interfaces.rest.retention;
