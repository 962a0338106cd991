/** The back-office bulk-run page: submit a file of records, watch its progress. */
package org.ccmportal.portal.interfaces.web.bulk;
