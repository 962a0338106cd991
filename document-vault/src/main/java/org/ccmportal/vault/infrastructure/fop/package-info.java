/**
 * PDF rendering with Apache FOP: data as XML, template XSLT to XSL-FO, FO to PDF/A-2b + PDF/UA-1
 * with embedded fonts; templates can never read files, reach the network or expand entities.
 */
package org.ccmportal.vault.infrastructure.fop;
