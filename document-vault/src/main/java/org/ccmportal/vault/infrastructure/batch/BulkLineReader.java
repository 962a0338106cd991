package org.ccmportal.vault.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.application.bulk.BulkLine;
import org.ccmportal.vault.application.bulk.BulkRecordParser;
import org.ccmportal.vault.application.bulk.BulkUploads;

/**
 * Reads the run's file line by line; the checkpoint is the number of the last line read, so a
 * restarted run goes on after the last committed chunk. Blank lines and the CSV header are skipped.
 */
@Named
@Dependent
public class BulkLineReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "upload")
  String upload;

  @Inject
  @BatchProperty(name = "format")
  String format;

  private BufferedReader reader;
  private long line;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    reader = Files.newBufferedReader(BulkUploads.file(upload), StandardCharsets.UTF_8);
    long resumeAfter = checkpoint instanceof Long last ? last : 0;
    while (line < resumeAfter && reader.readLine() != null) {
      line++;
    }
  }

  @Override
  public Object readItem() throws Exception {
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      if (BulkFormat.valueOf(format) == BulkFormat.CSV && BulkRecordParser.isCsvHeader(text)) {
        continue;
      }
      return new BulkLine(line, text, null);
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return line;
  }

  @Override
  public void close() throws Exception {
    if (reader != null) {
      reader.close();
    }
  }
}
