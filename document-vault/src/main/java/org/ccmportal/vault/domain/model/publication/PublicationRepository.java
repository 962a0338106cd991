package org.ccmportal.vault.domain.model.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Publications, their recipients and the figures read from documents and delivery events. */
public interface PublicationRepository {

  /** Stores a new publication with its audience. */
  void add(Publication publication, Audience audience);

  Optional<Publication> find(long id);

  /** Locked for update (lifecycle steps change it). */
  Optional<Publication> findForUpdate(long id);

  /** Newest first, at most {@code max}; {@code state} null for all. */
  List<Publication> list(PublicationState state, int max);

  /** Ids of APPROVED publications due at {@code now}. */
  List<Long> due(Instant now);

  /** Ids of RUNNING publications. */
  List<Long> running();

  boolean isRecipient(long publicationId, String customerId);

  /** Each recipient not skipped, in a stable order. */
  void forEachRecipient(long publicationId, Consumer<String> action);

  /** Marks the recipients under a marketing hold; returns how many. */
  int skipHeld(long publicationId);

  void skip(long publicationId, String customerId, SkipReason reason);

  /** Skipped recipients by reason. */
  Map<String, Long> skipped(long publicationId);

  /** Documents made for the publication's recipients. */
  long documents(long publicationId);

  /** Delivery events of those documents by channel, then status. */
  Map<String, Map<String, Long>> deliveries(long publicationId);
}
