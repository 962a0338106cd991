/**
 * The archive record aggregate, its value objects, the rules that govern it (append-only,
 * content-addressed objects, retention) and the ports to the database and the WORM store.
 */
package org.ccmportal.archive.domain.model;
