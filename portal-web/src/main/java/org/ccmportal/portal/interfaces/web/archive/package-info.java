/**
 * The archive pages (/archive/**, regulators and approvers): search with record detail and audited
 * content download, the regulator request form and list, and the approvers' queue. The beans talk
 * only to the archive's application facades ({@code ArchiveAccess}, {@code RegulatorRequests}) with
 * its DTOs; every read is audited there with the user's case reference.
 */
package org.ccmportal.portal.interfaces.web.archive;
