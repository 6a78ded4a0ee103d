package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.core.compliance.DialCheck;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.blenddialer.leads.service.DoNotCallScrub;
import org.blenddialer.leads.service.MarkedLeadsDoNotCallScrub;

/**
 * The import's do-not-call scrub, answered from the compliance area's DNC index: the internal list,
 * the campaign's own list, the suppression list of erased persons, the national registries of the
 * number's policy packs (when {@code dialer.compliance.import-scrub-registries}), and leads already
 * marked do-not-call. A list or registry that is not loaded scrubs nothing here: the dial-time
 * check, which denies on an unreadable source, stays the authority.
 */
@ApplicationScoped
public class ComplianceDoNotCallScrub implements DoNotCallScrub {

  /** A registry and the country calling code its numbers start with. */
  private record Registry(String id, String callingCode) {}

  private final DncMemory memory;
  private final SuppressionList suppression;
  private final PolicyPackCatalogue catalogue;
  private final ComplianceConfig config;
  private final MarkedLeadsDoNotCallScrub markedLeads;

  ComplianceDoNotCallScrub(
      DncMemory memory,
      SuppressionList suppression,
      PolicyPackCatalogue catalogue,
      ComplianceConfig config,
      LeadImportStore leads) {
    this.memory = memory;
    this.suppression = suppression;
    this.catalogue = catalogue;
    this.config = config;
    this.markedLeads = new MarkedLeadsDoNotCallScrub(leads);
  }

  @Override
  public Check prepare(long campaignId) throws Exception {
    String campaignList = DialCheck.campaignList(Long.toString(campaignId));
    List<Registry> registries = new ArrayList<>();
    if (config.importScrubRegistries()) {
      for (Map.Entry<String, String> r : catalogue.registries().entrySet()) {
        // A registry holds the numbers of its pack's country; calling codes are prefix-free.
        if (!"0".equals(r.getValue())) {
          registries.add(new Registry(r.getKey(), r.getValue()));
        }
      }
    }
    Check marked = markedLeads.prepare(campaignId);
    return e164 -> {
      String digitsText = e164.substring(1);
      long digits = Long.parseLong(digitsText);
      if (memory.listed(DialCheck.INTERNAL_LIST, digits)) {
        return DialCheck.INTERNAL_LIST;
      }
      if (memory.listed(campaignList, digits)) {
        return campaignList;
      }
      for (Registry registry : registries) {
        if (digitsText.startsWith(registry.callingCode()) && memory.listed(registry.id(), digits)) {
          return registry.id();
        }
      }
      if (suppression.contains(e164)) {
        return DialCheck.SUPPRESSION_LIST;
      }
      return marked.listedOn(e164);
    };
  }
}
