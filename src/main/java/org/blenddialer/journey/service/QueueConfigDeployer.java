package org.blenddialer.journey.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.TreeMap;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.ivr.QueueAnnouncements;
import org.blenddialer.core.ivr.QueuesConfWriter;
import org.blenddialer.journey.config.JourneyConfig;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.jboss.logging.Logger;

/**
 * Writes each active queue's announcements into the generated queues.conf include and has the PBX
 * servers reload their queue parameters, at startup and after every committed queue change. The
 * embedded PBX simulator reads the same file on reload, as a real Asterisk on this host would.
 */
@ApplicationScoped
public class QueueConfigDeployer {

  private static final Logger LOG = Logger.getLogger(QueueConfigDeployer.class);

  private final Pbx pbx;
  private final Instance<PbxSimulator> simulator;
  private final JourneyConfig config;

  QueueConfigDeployer(Pbx pbx, Instance<PbxSimulator> simulator, JourneyConfig config) {
    this.pbx = pbx;
    this.simulator = simulator;
    this.config = config;
  }

  void onStart(@Observes @Priority(3600) StartupEvent event) {
    try {
      write();
    } catch (RuntimeException e) {
      LOG.warn("queues include not written at startup: " + e.getMessage());
    }
    if (simulator.isResolvable()) {
      try {
        simulator.get().setQueueConfigSource(file()::readOrEmpty);
      } catch (RuntimeException e) {
        LOG.warn("the PBX simulator could not read the queues include: " + e.getMessage());
      }
    }
  }

  void onQueueChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) QueueDirectory.DefinitionsChanged change) {
    if (!"queue".equals(change.what())) {
      return;
    }
    try {
      deploy();
    } catch (RuntimeException e) {
      LOG.warnf("queues include not deployed after a change: %s", e.getMessage());
    }
  }

  /** The include for the queues as stored now. */
  public String render() {
    return QueuesConfWriter.render(announcements());
  }

  /** Writes the include and reloads queue parameters on every server that is up. */
  public Deployment deploy() {
    write();
    return file().reload(pbx, config.queues().reloadOnChange(), Pbx::reloadQueues);
  }

  private Map<String, QueueAnnouncements> announcements() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, QueueAnnouncements> out = new TreeMap<>();
              for (InboundQueue q : InboundQueue.<InboundQueue>listAll()) {
                if (q.active) {
                  out.put(q.asteriskQueue, q.announcements());
                }
              }
              return out;
            });
  }

  private void write() {
    file().write(render());
  }

  private GeneratedConfigFile file() {
    return new GeneratedConfigFile(config.queues().configFile());
  }
}
