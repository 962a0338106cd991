/** Pages for service staff: a customer's communication history. */
package org.ccmportal.portal.interfaces.web.service;
