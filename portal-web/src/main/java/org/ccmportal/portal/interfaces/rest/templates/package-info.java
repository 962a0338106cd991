/** The template lifecycle API: drafts, review (maker-checker) and preview. */
package org.ccmportal.portal.interfaces.rest.templates;
