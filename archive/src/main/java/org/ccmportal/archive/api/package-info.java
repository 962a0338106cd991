/** What other modules may call on the archive: append a communication or event, read receipts. */
package org.ccmportal.archive.api;
