package org.ccmportal.preferences.domain.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;

/** The append-only consent ledger. */
public interface ConsentLedger {

  /** Appends the record and writes it now (its id is then known). */
  ConsentRecord append(ConsentRecord record);

  /** The customer's records, oldest first. */
  List<ConsentEntry> history(CustomerId customerId);

  /** The current consent per purpose: the latest record of each (the ledger is in id order). */
  static Map<ConsentPurpose, ConsentEntry> current(List<ConsentEntry> history) {
    Map<ConsentPurpose, ConsentEntry> latest = new EnumMap<>(ConsentPurpose.class);
    for (ConsentEntry e : history) {
      ConsentEntry seen = latest.get(e.purpose());
      if (seen == null || e.id() > seen.id()) {
        latest.put(e.purpose(), e);
      }
    }
    return latest;
  }

  /** The purposes whose latest record is a grant. */
  static Set<ConsentPurpose> granted(List<ConsentEntry> history) {
    Set<ConsentPurpose> granted = EnumSet.noneOf(ConsentPurpose.class);
    current(history)
        .forEach(
            (purpose, e) -> {
              if (e.decision() == ConsentDecision.GRANTED) {
                granted.add(purpose);
              }
            });
    return granted;
  }
}
