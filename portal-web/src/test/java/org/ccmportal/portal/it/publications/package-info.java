/** Integration tests of publications (maker-checker, running through the bulk job, figures). */
package org.ccmportal.portal.it.publications;
