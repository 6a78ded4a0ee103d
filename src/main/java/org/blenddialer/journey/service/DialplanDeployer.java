package org.blenddialer.journey.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.core.ivr.DialplanWriter;
import org.blenddialer.core.ivr.MenuPlan;
import org.blenddialer.journey.config.JourneyConfig;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.jboss.logging.Logger;

/**
 * Writes the voice menus' dialplan include and has the PBX servers reload it. The embedded PBX
 * simulator reads the same file on "dialplan reload", as a real Asterisk on this host would.
 */
@ApplicationScoped
public class DialplanDeployer {

  private static final Logger LOG = Logger.getLogger(DialplanDeployer.class);

  private final MenuService menus;
  private final CallbackPolicies callbacks;
  private final Surveys surveys;
  private final Pbx pbx;
  private final Instance<PbxSimulator> simulator;
  private final JourneyConfig config;

  DialplanDeployer(
      MenuService menus,
      CallbackPolicies callbacks,
      Surveys surveys,
      Pbx pbx,
      Instance<PbxSimulator> simulator,
      JourneyConfig config) {
    this.menus = menus;
    this.callbacks = callbacks;
    this.surveys = surveys;
    this.pbx = pbx;
    this.simulator = simulator;
    this.config = config;
  }

  void onStart(@Observes @Priority(3600) StartupEvent event) {
    try {
      write(menus.plan());
    } catch (RuntimeException e) {
      LOG.warn("voice menus' dialplan not written at startup: " + e.getMessage());
    }
    if (simulator.isResolvable()) {
      try {
        simulator.get().setDialplanSource(file()::readOrEmpty);
        if (simulator.get().isRunning()) {
          for (String spec : config.ivr().simulatedCallers().orElse(List.of())) {
            simulatedCallers(simulator.get(), spec);
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("the PBX simulator could not read the voice menus: " + e.getMessage());
      }
    }
  }

  /** menu:calls-per-hour:path|path..., each path keys run together ("t": no key). */
  private static void simulatedCallers(PbxSimulator sim, String spec) {
    String[] parts = spec.strip().split(":", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "dialer.journey.ivr.simulated-callers: menu:calls-per-hour:paths, not " + spec);
    }
    List<List<String>> paths = new ArrayList<>();
    for (String path : parts[2].split("\\|")) {
      paths.add(path.strip().chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }
    sim.setMenuTraffic("ivr-" + parts[0].strip(), Double.parseDouble(parts[1].strip()), paths);
  }

  /** The generated include for the stored menus. */
  public String render() {
    return DialplanWriter.render(menus.plan(), callbacks.enabledQueues(), surveyExtensions());
  }

  /** Writes the include for the stored menus and reloads it on every server that is up. */
  public Deployment deploy() {
    write(menus.plan());
    return file().reload(pbx, config.ivr().reloadOnChange(), Pbx::reloadDialplan);
  }

  private void write(MenuPlan plan) {
    file().write(DialplanWriter.render(plan, callbacks.enabledQueues(), surveyExtensions()));
  }

  /** Queues and campaigns ({@code campaign-<id>}) whose callers hear the survey. */
  private List<String> surveyExtensions() {
    List<String> out = new ArrayList<>(surveys.enabledQueues());
    out.addAll(surveys.enabledCampaigns());
    return out;
  }

  /** A campaign's survey setting may have changed: the [dialer-survey] extensions follow it. */
  void onCampaignChanged(
      @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          org.blenddialer.acd.service.QueueDirectory.DefinitionsChanged change) {
    if (!"campaign".equals(change.what())) {
      return;
    }
    try {
      deploy();
    } catch (RuntimeException e) {
      LOG.warnf("dialplan not redeployed after a campaign change: %s", e.getMessage());
    }
  }

  private GeneratedConfigFile file() {
    return new GeneratedConfigFile(config.ivr().dialplanFile());
  }
}
