/** The back-office template pages: versions, drafts, preview and review (maker-checker). */
package org.ccmportal.portal.interfaces.web.templates;
