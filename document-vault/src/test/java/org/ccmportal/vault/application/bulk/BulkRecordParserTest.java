package org.ccmportal.vault.application.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

class BulkRecordParserTest {

  @Test
  void ndjsonLineIsOnePublishCommand() {
    var command =
        BulkRecordParser.parse(
            BulkFormat.NDJSON,
            "{\"customerId\":\"C-1\",\"documentType\":\"STATEMENT\",\"externalReference\":\"r:1\","
                + "\"title\":\"T\",\"data\":{\"a\":1}}");
    assertEquals("C-1", command.customerId());
    assertEquals(DocumentType.STATEMENT, command.documentType());
    assertEquals("r:1", command.externalReference());
    assertEquals("T", command.title());
    assertEquals(1, command.data().getInt("a"));
  }

  @Test
  void csvFieldsFollowRfc4180Quoting() {
    assertEquals(
        List.of("a", "b,c", "say \"hi\"", ""),
        BulkRecordParser.fields("a,\"b,c\",\"say \"\"hi\"\"\","));
    var command =
        BulkRecordParser.parse(
            BulkFormat.CSV, "C-2,REGULATORY_NOTICE,r:2,,\"{\"\"title\"\":\"\"x\"\"}\"");
    assertEquals(DocumentType.REGULATORY_NOTICE, command.documentType());
    assertNull(command.title());
    assertEquals("x", command.data().getString("title"));
  }

  @Test
  void theCsvHeaderIsRecognised() {
    assertTrue(
        BulkRecordParser.isCsvHeader("customerId,documentType,externalReference,title,data"));
    assertFalse(BulkRecordParser.isCsvHeader("C-1,STATEMENT,r,t,{}"));
  }

  @Test
  void badLinesNameTheField() {
    assertEquals("record", refused(BulkFormat.NDJSON, "not json"));
    assertEquals("record", refused(BulkFormat.NDJSON, "[1]"));
    assertEquals("customerId", refused(BulkFormat.NDJSON, "{\"customerId\":7}"));
    assertEquals("documentType", refused(BulkFormat.NDJSON, "{\"documentType\":\"POSTCARD\"}"));
    assertEquals("record", refused(BulkFormat.CSV, "a,b,c"));
    assertEquals("record", refused(BulkFormat.CSV, "a,\"b,c,d,e"));
    assertEquals("data", refused(BulkFormat.CSV, "C-1,STATEMENT,r,t,not-json"));
  }

  @Test
  void progressKeepsTheFirstFailuresAndCountsAll() {
    BulkProgress progress = new BulkProgress();
    for (int i = 1; i <= BulkRun.MAX_FAILURES + 5; i++) {
      progress.refused(i, "data", "bad");
    }
    progress.published();
    assertEquals(BulkRun.MAX_FAILURES + 5, progress.failed());
    assertEquals(BulkRun.MAX_FAILURES, progress.failures().size());
    assertEquals(1, progress.done());
  }

  private static String refused(BulkFormat format, String line) {
    return assertThrows(InvalidRequestException.class, () -> BulkRecordParser.parse(format, line))
        .field();
  }
}
