package org.blenddialer.leads.service;

import java.sql.SQLException;
import org.blenddialer.core.leads.NumberIndex;
import org.blenddialer.leads.persistence.LeadImportStore;

/**
 * The scrub that answers from what the leads area itself knows: numbers of leads whose status is
 * DO_NOT_CALL (in any campaign), loaded once per import into a compact index. The compliance area's
 * scrub consults it after its own lists; alone it is the fallback when no compliance bean is
 * deployed, and the benchmark's scrub.
 */
public final class MarkedLeadsDoNotCallScrub implements DoNotCallScrub {

  private final LeadImportStore store;

  public MarkedLeadsDoNotCallScrub(LeadImportStore store) {
    this.store = store;
  }

  @Override
  public Check prepare(long campaignId) throws SQLException {
    NumberIndex listed = new NumberIndex(1024);
    store.loadDoNotCallNumbers(listed);
    if (listed.size() == 0) {
      return number -> null;
    }
    return number -> listed.contains(NumberIndex.key(number)) ? "leads marked do-not-call" : null;
  }
}
