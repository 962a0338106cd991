/**
 * Regulator requests: a regulator's request for an export (scope, case, due date), decided by a
 * different person, then built and downloaded. Kept append-only as a request and its events.
 */
package org.ccmportal.archive.domain.model.request;
