package org.blenddialer.journey.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.ivr.QueueAnnouncements;
import org.blenddialer.core.ivr.QueuesConfWriter;
import org.blenddialer.journey.config.JourneyConfig;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxLinkStatus;
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

  /**
   * What a deployment did.
   *
   * @param file where the include was written
   * @param reloaded servers that reloaded their queues, with what they answered
   * @param notReloaded servers that did not, with why
   */
  public record Deployment(
      String file, Map<String, String> reloaded, Map<String, String> notReloaded) {}

  void onStart(@Observes @Priority(3600) StartupEvent event) {
    try {
      write();
    } catch (RuntimeException e) {
      LOG.warn("queues include not written at startup: " + e.getMessage());
    }
    if (simulator.isResolvable()) {
      try {
        Path file = file();
        simulator.get().setQueueConfigSource(() -> readOrEmpty(file));
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
    Map<String, String> reloaded = new LinkedHashMap<>();
    Map<String, String> notReloaded = new LinkedHashMap<>();
    if (config.queues().reloadOnChange()) {
      for (PbxLinkStatus link : pbx.links()) {
        String server = link.server();
        if (!pbx.isReady(server)) {
          notReloaded.put(server, "link " + link.state());
          continue;
        }
        try {
          reloaded.put(server, pbx.reloadQueues(server));
        } catch (RuntimeException e) {
          notReloaded.put(server, String.valueOf(e.getMessage()));
        }
      }
    }
    return new Deployment(file().toString(), reloaded, notReloaded);
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
    Path file = file();
    String text = render();
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".queues", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      // Asterisk (or the simulator) may read the file at any time: never show it half written.
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private Path file() {
    return Path.of(config.queues().configFile());
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
