package org.ccmportal.archive.domain.model;

import java.util.Optional;

/** Signed tree heads, only ever added. */
public interface TreeHeadRepository {

  /** The most recently issued head, if any. */
  Optional<SignedTreeHead> latest();

  /** The most recent head of exactly this tree size, if any. */
  Optional<SignedTreeHead> latestOfSize(long treeSize);

  /** Adds a head. */
  void add(SignedTreeHead head);
}
