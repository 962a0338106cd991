/** Jakarta Batch artifacts of the archive: the export job of approved regulator requests. */
package org.ccmportal.archive.infrastructure.batch;
