/** The bulk-run API: submit a file of data records, follow its progress. */
package org.ccmportal.portal.interfaces.rest.bulk;
