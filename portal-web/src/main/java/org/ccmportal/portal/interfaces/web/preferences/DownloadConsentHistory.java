package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.ccmportal.portal.interfaces.rest.preferences.ConsentHistoryDocument;
import org.ccmportal.vault.api.Actor;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The consent history download of the preferences page as a PDF, the same document as {@code GET
 * /api/v1/consents/history.pdf}: always the logged-in customer's own ledger.
 */
@Named
@RequestScoped
public class DownloadConsentHistory {

  @Inject ConsentHistoryDocument document;
  @Inject Actor actor;

  public StreamedContent getPdf() {
    byte[] pdf = document.render(actor.customerId());
    return DefaultStreamedContent.builder()
        .name(ConsentHistoryDocument.FILE_NAME)
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }
}
