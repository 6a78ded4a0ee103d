package org.blenddialer.dialer.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.blenddialer.compliance.service.ConsentCommand;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * A person who pressed the opt-out key in the safe-harbor message of a dialer call: their consent
 * is revoked in the ledger (channel key-press, the attempt and the call's time as evidence) and the
 * number goes on the internal DNC list, both audited, so the very next dial decision denies it.
 */
@ApplicationScoped
public class OptOutByKeyPress {

  private static final Logger LOG = Logger.getLogger(OptOutByKeyPress.class);

  /** The consent ledger's channel for a revocation by key press. */
  public static final String CHANNEL = "key-press";

  private final Pbx pbx;
  private final AttemptStore attempts;
  private final ConsentLedger ledger;
  private final DialingConfig config;
  private ExecutorService thread;
  private Pbx.Subscription subscription;

  OptOutByKeyPress(Pbx pbx, AttemptStore attempts, ConsentLedger ledger, DialingConfig config) {
    this.pbx = pbx;
    this.attempts = attempts;
    this.ledger = ledger;
    this.config = config;
  }

  void start(@Observes @Priority(3650) StartupEvent event) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "opt-out");
              t.setDaemon(true);
              return t;
            });
    // The listener returns at once: the ledger's database work runs on this bean's own thread.
    subscription =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.OptOutKeyPressed pressed) {
                thread.execute(() -> revoke(pressed));
              }
            });
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /** Records the revocation the key press asks for; false when it names no known attempt. */
  boolean revoke(PbxEvent.OptOutKeyPressed pressed) {
    String offered = Launcher.optOutKey(config.optOutKey());
    if (offered.isEmpty() || !offered.equals(pressed.key())) {
      LOG.infof(
          "key %s pressed on %s is not the opt-out key: ignored", pressed.key(), pressed.callId());
      return false;
    }
    AttemptStore.AttemptRow attempt = attemptOf(pressed);
    if (attempt == null) {
      LOG.warnf("opt-out key pressed on %s for no known attempt: not recorded", pressed.callId());
      return false;
    }
    try {
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
                  + pressed.callId()
                  + ", answered "
                  + attempt.answeredAt()
                  + ")",
              "call-attempt:" + attempt.id(),
              null,
              null,
              pressed.at(),
              null),
          true,
          "dialer");
      return true;
    } catch (RuntimeException e) {
      // Logged loudly: a lost opt-out is a compliance failure someone must follow up by hand.
      LOG.errorf(
          "opt-out by key press of attempt %d (%s) NOT recorded: %s",
          attempt.id(), attempt.phone(), e.getMessage());
      return false;
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
