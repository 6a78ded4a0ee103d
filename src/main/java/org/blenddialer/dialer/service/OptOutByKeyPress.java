package org.blenddialer.dialer.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.blenddialer.compliance.service.ConsentCommand;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.telephony.LinkState;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxLinkStatus;
import org.jboss.logging.Logger;

/**
 * A person who pressed the opt-out key in the safe-harbor message of a dialer call: their consent
 * is revoked in the ledger (channel key-press, the attempt and the call's time as evidence) and the
 * number goes on the internal DNC list, both audited, so the very next dial decision denies it.
 *
 * <p>The dialplan also keeps every such key press in the PBX's own database (AstDB family {@value
 * #ASTDB_FAMILY}, key the attempt id, value {@code <key>:<epoch seconds>}) until the service has
 * recorded it. So a key press whose AMI event was missed (the link or the service was down) is read
 * back when the link is ready again, and every {@code dialer.dialing.opt-out-reconcile-interval}
 * (which also retries a ledger write that failed); an entry is deleted once its revocation is in
 * the ledger, and a key press is never recorded twice.
 */
@ApplicationScoped
public class OptOutByKeyPress {

  private static final Logger LOG = Logger.getLogger(OptOutByKeyPress.class);

  /** The consent ledger's channel for a revocation by key press. */
  public static final String CHANNEL = "key-press";

  /** The AstDB family where the dialplan keeps key presses until they are recorded. */
  public static final String ASTDB_FAMILY = "dialer-optout";

  private final Pbx pbx;
  private final AttemptStore attempts;
  private final ConsentLedger ledger;
  private final DialingConfig config;
  private ScheduledExecutorService thread;
  private Pbx.Subscription subscription;

  OptOutByKeyPress(Pbx pbx, AttemptStore attempts, ConsentLedger ledger, DialingConfig config) {
    this.pbx = pbx;
    this.attempts = attempts;
    this.ledger = ledger;
    this.config = config;
  }

  void start(@Observes @Priority(3650) StartupEvent event) {
    thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "opt-out");
              t.setDaemon(true);
              return t;
            });
    // The listener returns at once: the ledger's database work runs on this bean's own thread,
    // one thing at a time, so a live event and a read-back of the same key press never overlap.
    subscription =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.OptOutKeyPressed pressed) {
                thread.execute(() -> revoke(pressed));
              } else if (e instanceof PbxEvent.LinkChanged changed
                  && changed.state() == LinkState.READY) {
                thread.execute(() -> reconcile(changed.server()));
              }
            });
    long every = config.optOutReconcileInterval().toMillis();
    if (every > 0) {
      thread.scheduleWithFixedDelay(this::reconcileAll, every, every, TimeUnit.MILLISECONDS);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  private void reconcileAll() {
    for (PbxLinkStatus link : pbx.links()) {
      if (link.state() == LinkState.READY) {
        reconcile(link.server());
      }
    }
  }

  /** Records every key press the server's AstDB still holds and deletes the entries recorded. */
  void reconcile(String server) {
    Map<String, String> kept;
    try {
      kept = pbx.databaseEntries(server, ASTDB_FAMILY);
    } catch (UnsupportedOperationException e) {
      return;
    } catch (RuntimeException e) {
      LOG.warnf(
          "could not read the opt-out key presses kept on %s: %s (tried again later)",
          server, e.getMessage());
      return;
    }
    int recorded = 0;
    for (Map.Entry<String, String> entry : kept.entrySet()) {
      String value = entry.getValue();
      int colon = value.indexOf(':');
      String key = colon < 0 ? value : value.substring(0, colon);
      Instant at = pressedAt(colon < 0 ? "" : value.substring(colon + 1));
      PbxEvent.OptOutKeyPressed pressed =
          new PbxEvent.OptOutKeyPressed(server, at, "", Optional.of(entry.getKey()), key);
      Outcome outcome = record(pressed, true);
      if (outcome == Outcome.RECORDED) {
        recorded++;
      }
      if (outcome != Outcome.FAILED) {
        forget(server, entry.getKey());
      }
    }
    if (recorded > 0) {
      LOG.infof(
          "%d opt-out key press(es) missed on AMI read back from %s and recorded",
          recorded, server);
    }
  }

  /** Records the revocation the key press asks for; false when it names no known attempt. */
  boolean revoke(PbxEvent.OptOutKeyPressed pressed) {
    Outcome outcome = record(pressed, false);
    if (outcome != Outcome.FAILED && pressed.attemptId().isPresent()) {
      forget(pressed.server(), pressed.attemptId().get().trim());
    }
    return outcome == Outcome.RECORDED;
  }

  /** What became of one key press. */
  enum Outcome {
    /** The revocation is in the ledger now. */
    RECORDED,
    /** It was already (recorded from the AMI event, read back later, or the other way round). */
    ALREADY_RECORDED,
    /** Nothing to record: not the opt-out key, or no known attempt. */
    IGNORED,
    /** The ledger write failed: keep the AstDB entry to try again. */
    FAILED
  }

  private void forget(String server, String attemptId) {
    try {
      pbx.deleteDatabaseEntry(server, ASTDB_FAMILY, attemptId);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // Nothing kept there to delete.
    } catch (RuntimeException e) {
      // Still kept on the PBX: the next read-back finds it recorded and deletes it then.
      LOG.debugf("opt-out entry %s not deleted on %s: %s", attemptId, server, e.getMessage());
    }
  }

  private static Instant pressedAt(String epochSeconds) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()));
    } catch (NumberFormatException e) {
      return Instant.now();
    }
  }

  private Outcome record(PbxEvent.OptOutKeyPressed pressed, boolean readBack) {
    String offered = Launcher.optOutKey(config.optOutKey());
    if (offered.isEmpty() || !offered.equals(pressed.key())) {
      LOG.infof(
          "key %s pressed on %s (attempt %s) is not the opt-out key: ignored",
          pressed.key(), pressed.callId(), pressed.attemptId().orElse("?"));
      return Outcome.IGNORED;
    }
    AttemptStore.AttemptRow attempt = attemptOf(pressed);
    if (attempt == null) {
      LOG.warnf(
          "opt-out key pressed on %s for no known attempt (%s): not recorded",
          pressed.callId(), pressed.attemptId().orElse("none"));
      return Outcome.IGNORED;
    }
    String evidenceUrl = "call-attempt:" + attempt.id();
    try {
      boolean already =
          ledger.records(attempt.phone(), null).stream()
              .anyMatch(r -> CHANNEL.equals(r.channel) && evidenceUrl.equals(r.evidenceUrl));
      if (already) {
        return Outcome.ALREADY_RECORDED;
      }
      String callId = pressed.callId().isEmpty() ? attempt.callId() : pressed.callId();
      ledger.revoke(
          new ConsentCommand(
              attempt.phone(),
              String.valueOf(attempt.leadId()),
              null,
              null,
              null,
              null,
              CHANNEL,
              "pressed "
                  + pressed.key()
                  + " in the safe-harbor message of call attempt "
                  + attempt.id()
                  + " (campaign "
                  + attempt.campaignId()
                  + ", call "
                  + callId
                  + ", answered "
                  + attempt.answeredAt()
                  + ")"
                  + (readBack
                      ? "; read back from the PBX's database, its AMI event having been missed"
                      : ""),
              evidenceUrl,
              null,
              null,
              pressed.at(),
              null),
          true,
          "dialer");
      return Outcome.RECORDED;
    } catch (RuntimeException e) {
      // Logged loudly; the PBX keeps the key press, so the next read-back tries again.
      LOG.errorf(
          "opt-out by key press of attempt %d (%s) NOT recorded yet: %s (kept on the PBX, tried"
              + " again at the next read-back)",
          attempt.id(), attempt.phone(), e.getMessage());
      return Outcome.FAILED;
    }
  }

  private AttemptStore.AttemptRow attemptOf(PbxEvent.OptOutKeyPressed pressed) {
    if (pressed.attemptId().isEmpty()) {
      return null;
    }
    try {
      return attempts.find(Long.parseLong(pressed.attemptId().get().trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
