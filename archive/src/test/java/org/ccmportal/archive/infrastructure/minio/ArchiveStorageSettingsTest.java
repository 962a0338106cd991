package org.ccmportal.archive.infrastructure.minio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveStorageSettingsTest {

  @Test
  void defaultsAreThoseOfTheLocalStack() {
    ArchiveStorageSettings s = ArchiveStorageSettings.from(name -> null);
    assertEquals(
        new ArchiveStorageSettings(
            "http://127.0.0.1:9090",
            "ccm-demo-access",
            "ccm-demo-secret-change-me",
            "us-east-1",
            "archive",
            Period.ofYears(7)),
        s);
  }

  @Test
  void environmentOverridesEveryValue() {
    Map<String, String> env =
        Map.of(
            "CCM_S3_ENDPOINT", "https://minio.internal:9000",
            "CCM_S3_ACCESS_KEY", "ak",
            "CCM_S3_SECRET_KEY", "sk",
            "CCM_S3_REGION", "eu-central-1",
            "CCM_S3_ARCHIVE_BUCKET", "worm",
            "CCM_ARCHIVE_RETENTION", "P10Y6M");
    ArchiveStorageSettings s = ArchiveStorageSettings.from(env::get);
    assertEquals(
        new ArchiveStorageSettings(
            "https://minio.internal:9000", "ak", "sk", "eu-central-1", "worm", Period.of(10, 6, 0)),
        s);
  }

  @Test
  void badRetentionNamesTheVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ArchiveStorageSettings.from(Map.of("CCM_ARCHIVE_RETENTION", "7 years")::get));
    assertTrue(e.getMessage().startsWith("CCM_ARCHIVE_RETENTION"), e.getMessage());
  }

  @Test
  void toStringHidesTheSecret() {
    String text = ArchiveStorageSettings.from(name -> null).toString();
    assertFalse(text.contains("ccm-demo-secret-change-me"), text);
  }
}
