package org.blenddialer.compliance.service;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.config.PolicyPackFiles;
import org.blenddialer.compliance.persistence.PolicyPackVersion;
import org.blenddialer.core.compliance.PolicyPack;
import org.jboss.logging.Logger;

/**
 * The policy packs in force, loaded from their data files at start. Every new pack version is
 * stored in the database and audited; a file whose content changed without a new version number is
 * refused (its numbers are then not dialed), since decisions quote pack versions.
 */
@ApplicationScoped
public class PolicyPackCatalogue {

  private static final Logger LOG = Logger.getLogger(PolicyPackCatalogue.class);

  private final ComplianceConfig config;
  private final AuditTrail audit;
  private final InstantSource clock;
  private volatile Map<String, PolicyPack> packs = Map.of();
  private volatile Map<String, String> problems = Map.of();

  PolicyPackCatalogue(ComplianceConfig config, AuditTrail audit, InstantSource clock) {
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent event) {
    load();
  }

  /** Reads the configured pack files and records new versions. */
  @Transactional
  public void load() {
    Map<String, PolicyPack> loaded = new LinkedHashMap<>();
    Map<String, String> refused = new TreeMap<>();
    for (String name : config.packs()) {
      PolicyPackFiles.PackFile file;
      try {
        file = PolicyPackFiles.read(List.of(name)).get(0);
      } catch (RuntimeException e) {
        LOG.errorf("policy pack %s cannot be read: %s", name, e.getMessage());
        refused.put(name, "cannot be read: " + e.getMessage());
        continue;
      }
      PolicyPack pack = file.pack();
      var key = new PolicyPackVersion.Key();
      key.packId = pack.id();
      key.version = pack.version();
      PolicyPackVersion stored = PolicyPackVersion.findById(key);
      if (stored == null) {
        stored = new PolicyPackVersion();
        stored.packId = pack.id();
        stored.version = pack.version();
        stored.contentSha256 = file.contentSha256();
        stored.content = file.content();
        stored.loadedAt = clock.instant();
        stored.persist();
        audit.append(
            AuditEntry.of("system", "policy-pack.version-loaded")
                .subject("policy-pack", pack.id() + "@" + pack.version())
                .detail("sha256", file.contentSha256()));
      } else if (!stored.contentSha256.equals(file.contentSha256())) {
        String problem =
            "file content changed but version " + pack.version() + " was kept: raise the version";
        LOG.errorf("policy pack %s refused: %s", pack.id(), problem);
        refused.put(pack.id(), problem);
        audit.append(
            AuditEntry.of("system", "policy-pack.refused")
                .subject("policy-pack", pack.id() + "@" + pack.version())
                .detail("problem", problem));
        continue;
      }
      loaded.put(pack.id(), pack);
    }
    packs = Map.copyOf(loaded);
    problems = Map.copyOf(refused);
  }

  /** The packs in force, by id. */
  public Map<String, PolicyPack> packs() {
    return packs;
  }

  /** Packs that were refused, with why. */
  public Map<String, String> problems() {
    return problems;
  }

  /** Every registry a pack in force names, with the country calling code of its numbers. */
  public Map<String, String> registries() {
    Map<String, String> result = new TreeMap<>();
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (PolicyPack pack : packs.values()) {
      String country = pack.countries().isEmpty() ? null : pack.countries().get(0);
      if (country == null && !pack.regions().isEmpty()) {
        country = pack.regions().get(0).substring(0, 2);
      }
      int code = country == null ? 0 : util.getCountryCodeForRegion(country);
      for (var rule : pack.registries()) {
        result.putIfAbsent(rule.registry(), Integer.toString(code));
      }
    }
    return result;
  }

  /** Every stored version of a pack, newest first. */
  @Transactional
  public List<PolicyPackVersion> history(String packId) {
    return PolicyPackVersion.list("packId = ?1 order by version desc", packId);
  }
}
