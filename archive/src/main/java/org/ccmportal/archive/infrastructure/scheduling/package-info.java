/** Timers of the archive: periodic signed tree heads. */
package org.ccmportal.archive.infrastructure.scheduling;
