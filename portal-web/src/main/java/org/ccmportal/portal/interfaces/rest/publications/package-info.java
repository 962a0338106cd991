/**
 * REST API of publications: create, submit, approve or reject, figures and per-recipient preview.
 */
package org.ccmportal.portal.interfaces.rest.publications;
