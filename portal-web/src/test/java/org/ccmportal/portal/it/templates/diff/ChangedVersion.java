package org.ccmportal.portal.it.templates.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.ccmportal.portal.it.Api;

/**
 * Arrangement: paula drafts a version of the built-in privacy notice from the version in force with
 * one stylesheet line and one sample-data line changed, and submits it for review.
 */
record ChangedVersion(int inForce, int version) {
  static final String TEMPLATE = "privacy-notice";
  static final String OLD_LINE = "concat('Your privacy notice ', $d/year)";
  static final String NEW_LINE = "concat('Your annual privacy notice ', $d/year)";
  static final String OLD_YEAR = "\"year\": \"2026\"";
  static final String NEW_YEAR = "\"year\": \"2027\"";

  static ChangedVersion submittedBy(String publisherToken) throws Exception {
    int inForce = Api.approvedVersion(publisherToken, TEMPLATE);
    String base = "/api/v1/templates/" + TEMPLATE + "/versions";
    JsonObject current = Api.json(Api.get(base + "/" + inForce, publisherToken));
    String xslt = current.getString("xslt");
    String sample = current.getString("sampleData");
    String changedXslt = xslt.replace(OLD_LINE, NEW_LINE);
    String changedSample = sample.replace(OLD_YEAR, NEW_YEAR);
    assertNotEquals(xslt, changedXslt, "the stylesheet in force has the title line");
    assertNotEquals(sample, changedSample, "the sample in force has the year line");
    HttpResponse<String> created =
        Api.post(
            base,
            publisherToken,
            Json.createObjectBuilder()
                .add("xslt", changedXslt)
                .add("sampleData", changedSample)
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    int version = Api.json(created).getInt("version");
    HttpResponse<String> submitted = Api.post(base + "/" + version + "/submit", publisherToken, "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    return new ChangedVersion(inForce, version);
  }
}
