/** Integration tests of templates, retention and disposition through the real API. */
package org.ccmportal.portal.it.templates;
