/** Bulk-run tests: files of records published once each, progress, and who may see a run. */
package org.ccmportal.portal.it.bulk;
