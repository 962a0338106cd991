package org.ccmportal.preferences.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.ccmportal.preferences.domain.model.DeliveryStatus;

/**
 * The mailbox that receives bounces, read over IMAP. Each delivery status notification ({@code
 * multipart/report; report-type=delivery-status}, RFC 3464) is handed over recipient by recipient,
 * with the {@code Message-ID} of the reported email when the report returns its header, then
 * deleted; other messages are deleted unread. A message whose handling fails stays for the next
 * poll, so no report is lost.
 *
 * <p>Configuration: {@code CCM_BOUNCE_IMAP_HOST} (127.0.0.1), {@code CCM_BOUNCE_IMAP_PORT} (3143),
 * {@code CCM_BOUNCE_IMAP_USER} (bounces@ccm.local), {@code CCM_BOUNCE_IMAP_PASSWORD} (a DEMO
 * password for the local GreenMail), {@code CCM_BOUNCE_IMAP_SSL} (false; true uses IMAPS).
 */
@ApplicationScoped
public class ImapBounceMailbox {
  private static final Logger LOG = Logger.getLogger(ImapBounceMailbox.class.getName());

  /** DEMO ONLY - the local GreenMail accepts any password. */
  static final String DEMO_PASSWORD = "bounces-demo-pw";

  private static final int MAX_REPORT_BYTES = 256 * 1024;

  /** Reads the mailbox once; returns how many delivery reports were handled. */
  public int drain(BiConsumer<DeliveryStatus.Recipient, String> handler) throws MessagingException {
    Map<String, String> env = System.getenv();
    boolean ssl = Boolean.parseBoolean(setting(env, "CCM_BOUNCE_IMAP_SSL", "false"));
    String protocol = ssl ? "imaps" : "imap";
    String host = setting(env, "CCM_BOUNCE_IMAP_HOST", "127.0.0.1");
    int port = Integer.parseInt(setting(env, "CCM_BOUNCE_IMAP_PORT", "3143"));
    Properties props = new Properties();
    props.put("mail." + protocol + ".connectiontimeout", "5000");
    props.put("mail." + protocol + ".timeout", "10000");
    Store store = Session.getInstance(props).getStore(protocol);
    store.connect(
        host,
        port,
        setting(env, "CCM_BOUNCE_IMAP_USER", "bounces@ccm.local"),
        setting(env, "CCM_BOUNCE_IMAP_PASSWORD", DEMO_PASSWORD));
    int reports = 0;
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      try {
        for (Message message : inbox.getMessages()) {
          try {
            Report report = report(message);
            if (report != null) {
              String original =
                  DeliveryStatus.originalMessageId(report.returnedHeaders()).orElse(null);
              for (DeliveryStatus.Recipient recipient :
                  DeliveryStatus.recipients(report.status())) {
                handler.accept(recipient, original);
              }
              reports++;
            } else {
              LOG.info("bounce mailbox: a message that is not a delivery report was deleted");
            }
            message.setFlag(Flags.Flag.DELETED, true);
          } catch (IOException | MessagingException | RuntimeException e) {
            LOG.warning("bounce mailbox: a message is kept for the next poll: " + e);
          }
        }
      } finally {
        inbox.close(true);
      }
    } finally {
      store.close();
    }
    return reports;
  }

  /**
   * The parts of a report that matter here.
   *
   * @param status the text of the {@code message/delivery-status} part
   * @param returnedHeaders the header of the reported message as returned ({@code
   *     text/rfc822-headers}, or the head of a {@code message/rfc822} part), or null
   */
  record Report(String status, String returnedHeaders) {}

  /** The delivery status and returned header of a DSN, or null when the message is not one. */
  static Report report(Part message) throws MessagingException, IOException {
    if (!message.isMimeType("multipart/report")) {
      return null;
    }
    ContentType type = new ContentType(message.getContentType());
    if (!"delivery-status".equalsIgnoreCase(type.getParameter("report-type"))
        || !(message.getContent() instanceof Multipart parts)) {
      return null;
    }
    String status = null;
    String headers = null;
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.isMimeType("message/delivery-status") && status == null) {
        status = text(part);
      } else if ((part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822"))
          && headers == null) {
        headers = text(part);
      }
    }
    return status == null ? null : new Report(status, headers);
  }

  /** A part's content, transfer-decoded; a returned message is read up to the size limit. */
  private static String text(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(MAX_REPORT_BYTES), StandardCharsets.US_ASCII);
    }
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
