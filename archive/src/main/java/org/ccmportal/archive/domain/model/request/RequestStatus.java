package org.ccmportal.archive.domain.model.request;

/** The steps of a regulator request, in the order they happen. */
public enum RequestStatus {
  REQUESTED,
  APPROVED,
  REJECTED,
  RUNNING,
  READY,
  FAILED,
  DOWNLOADED
}
