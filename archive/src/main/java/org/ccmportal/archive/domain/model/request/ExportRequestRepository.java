package org.ccmportal.archive.domain.model.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Regulator requests, their events and packages; only ever added to. */
public interface ExportRequestRepository {

  void add(ExportRequest request);

  void add(ExportRequestEvent event);

  void add(ExportPackage pkg);

  Optional<ExportRequest> find(UUID id);

  /** The request's events, oldest first. */
  List<ExportRequestEvent> events(UUID id);

  /** The requests, newest first; only those of {@code requestedBy} unless it is null. */
  List<ExportRequest> list(String requestedBy, int limit);

  Optional<ExportPackage> pkg(UUID id);

  /** The ids of the records in scope (never audit records), in log order, at most {@code max}. */
  List<Long> recordIds(ExportScope scope, int max);
}
