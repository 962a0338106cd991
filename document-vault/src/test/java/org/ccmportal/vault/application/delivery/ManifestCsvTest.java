package org.ccmportal.vault.application.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestCsvTest {

  @Test
  void oneRowPerDocumentWithItsPageRangeAndAddressLines() {
    String csv =
        new String(
            ManifestCsv.write(
                List.of(
                    new ManifestCsv.Row("d1", "C-1", 2, List.of("Ann Smith", "1 High St")),
                    new ManifestCsv.Row("d2", "C-2", 3, List.of("Flat 2, Mill House", "York")))),
            StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertEquals(3, lines.length);
    assertEquals(ManifestCsv.HEADER, lines[0]);
    assertEquals("1,d1,C-1,1,2,Ann Smith,1 High St,,,,", lines[1]);
    assertEquals("2,d2,C-2,3,3,\"Flat 2, Mill House\",York,,,,", lines[2]);
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
    assertEquals("'=HYPERLINK(1)", ManifestCsv.cell("=HYPERLINK(1)"));
    assertEquals("'+44", ManifestCsv.cell("+44"));
    assertEquals("\"say \"\"hi\"\"\"", ManifestCsv.cell("say \"hi\""));
  }

  @Test
  void addressLinesComeFromTheLinesOfThePostalAddress() {
    assertEquals(
        List.of("Ann Smith", "1 High St", "York"),
        PostalAddresses.lines("Ann Smith\r\n 1 High St \n\nYork\n"));
  }
}
