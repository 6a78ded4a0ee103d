package org.blenddialer.compliance.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.persistence.SuppressionEntry;
import org.blenddialer.core.compliance.DialCheck;
import org.blenddialer.core.compliance.ListAnswer;
import org.jboss.logging.Logger;

/**
 * The suppression list of erased persons: keyed one-way hashes of their numbers, consulted at every
 * dial decision. A plain hash of a phone number could be reversed by trying every number, hence the
 * secret key.
 */
@ApplicationScoped
public class SuppressionList {

  private static final Logger LOG = Logger.getLogger(SuppressionList.class);

  private final ComplianceConfig config;
  private final InstantSource clock;
  private final Set<String> hashes = ConcurrentHashMap.newKeySet();
  private volatile String failure = "suppression list not loaded yet";
  private volatile Instant asOf = Instant.EPOCH;

  SuppressionList(ComplianceConfig config, InstantSource clock) {
    this.config = config;
    this.clock = clock;
  }

  @Transactional
  void onStart(@Observes StartupEvent event) {
    try {
      SuppressionEntry.<SuppressionEntry>streamAll().forEach(e -> hashes.add(e.hash));
      asOf = clock.instant();
      failure = null;
    } catch (RuntimeException e) {
      LOG.errorf("suppression list could not be loaded: %s", e.getMessage());
      failure = "the suppression list could not be loaded";
    }
  }

  /** The keyed hash of an E.164 number. */
  public String hash(String e164) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              config.suppressionKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(e164.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether the number is on the list as far as it is loaded (no hashing while it is empty). */
  public boolean contains(String e164) {
    return !hashes.isEmpty() && hashes.contains(hash(e164));
  }

  /** Whether the number is suppressed, as a DNC list answer. */
  public ListAnswer answer(String e164) {
    if (failure != null) {
      return ListAnswer.unreadable(DialCheck.SUPPRESSION_LIST, failure);
    }
    return ListAnswer.of(
        DialCheck.SUPPRESSION_LIST, hashes.size() + " entries", asOf, hashes.contains(hash(e164)));
  }

  /** Suppresses a number for good; returns its hash. Counts for the next decision at once. */
  @Transactional
  public String add(String e164, String reason) {
    String hash = hash(e164);
    if (SuppressionEntry.findById(hash) == null) {
      SuppressionEntry entry = new SuppressionEntry();
      entry.hash = hash;
      entry.reason = reason;
      entry.addedAt = clock.instant();
      entry.persist();
    }
    hashes.add(hash);
    return hash;
  }
}
