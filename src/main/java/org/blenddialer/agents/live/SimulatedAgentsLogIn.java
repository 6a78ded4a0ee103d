package org.blenddialer.agents.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.telephony.config.PbxConfig;
import org.jboss.logging.Logger;

/**
 * Logs in, at startup, the agents whose phones are the embedded simulator's simulated phones: there
 * is nobody at their keyboards, and the demo centre should take calls from the first minute.
 */
@ApplicationScoped
public class SimulatedAgentsLogIn {

  private static final Logger LOG = Logger.getLogger(SimulatedAgentsLogIn.class);

  /** Devices that ring a simulated phone of the embedded PBX simulator. */
  static final String SIMULATED_PHONE = "@sim-agent/n";

  void onStart(
      @Observes @Priority(4000) StartupEvent event,
      AcdConfig acd,
      PbxConfig pbx,
      AgentSessions sessions) {
    if (!acd.simulatedAgentsLogIn() || !pbx.simulator().enabled()) {
      return;
    }
    record Simulated(long id, AgentMode mode) {}
    List<Simulated> agents =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Agent.<Agent>list("active = true").stream()
                        .filter(a -> a.device.endsWith(SIMULATED_PHONE))
                        .map(
                            a ->
                                new Simulated(
                                    a.id,
                                    a.allowedModes().contains(AgentMode.BLENDED)
                                        ? AgentMode.BLENDED
                                        : a.allowedModes().iterator().next()))
                        .toList());
    for (Simulated a : agents) {
      try {
        sessions.logIn(a.id(), a.mode(), null, "simulator");
      } catch (RuntimeException e) {
        LOG.infof("simulated agent %d not logged in: %s", a.id(), e.getMessage());
      }
    }
    if (!agents.isEmpty()) {
      LOG.infof("%d simulated agents logged in", agents.size());
    }
  }
}
