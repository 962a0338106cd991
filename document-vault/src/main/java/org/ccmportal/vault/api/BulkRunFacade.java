package org.ccmportal.vault.api;

import java.io.InputStream;

/**
 * Bulk runs: a file of data records published one by one by a batch job, with checkpoints. Each
 * record carries its external reference, so a record submitted twice (in one file, in two files, or
 * again after a crash) never makes two documents. Runs belong to the publisher who submitted them;
 * an admin sees all of them; anybody else gets "not found".
 */
public interface BulkRunFacade {

  /** Stores the file and starts its run; the actor must be a publisher. */
  BulkRun submit(Actor actor, BulkFormat format, InputStream file);

  /** The run's progress. */
  BulkRun find(Actor actor, long runId);
}
