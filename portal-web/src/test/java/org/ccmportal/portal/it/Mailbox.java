package org.ccmportal.portal.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a mailbox of the test SMTP server (GreenMail) over IMAP. */
public final class Mailbox {
  private Mailbox() {}

  /** A received message: subject and plain-text body. */
  /** A message as received; {@code headers} holds the first value of each header by name. */
  public record Mail(String subject, String body, java.util.Map<String, String> headers) {}

  public static List<Mail> messages(String address) throws Exception {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", String.valueOf(Stack.IMAP_PORT));
    Store store = Session.getInstance(props).getStore("imap");
    store.connect("127.0.0.1", Stack.IMAP_PORT, address, "any-password");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<Mail> result = new ArrayList<>();
      for (Message m : inbox.getMessages()) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (var e = m.getAllHeaders(); e.hasMoreElements(); ) {
          jakarta.mail.Header h = e.nextElement();
          headers.putIfAbsent(h.getName(), h.getValue());
        }
        result.add(new Mail(m.getSubject(), String.valueOf(m.getContent()), headers));
      }
      inbox.close(false);
      return result;
    } finally {
      store.close();
    }
  }

  /** Waits until the mailbox holds more than {@code before} messages; returns them all. */
  public static List<Mail> awaitMore(String address, int before, long timeoutMillis)
      throws Exception {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      List<Mail> mails;
      try {
        mails = messages(address);
      } catch (jakarta.mail.AuthenticationFailedException e) {
        mails = List.of();
      }
      if (mails.size() > before || System.currentTimeMillis() > end) {
        return mails;
      }
      Thread.sleep(250);
    }
  }
}
