package org.blenddialer.telephony.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.ami.AmiLinkSettings;
import org.blenddialer.telephony.ami.AmiPbx;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.jboss.logging.Logger;

/**
 * Builds the PBX side of the service from configuration: the embedded simulator (when enabled) and
 * the AMI adapter with one link per server, the simulator's among them.
 */
@Singleton
public class PbxProducers {

  private static final Logger LOG = Logger.getLogger(PbxProducers.class);

  /** The trunk the embedded simulator dials leads through. */
  public static final String SIMULATOR_TRUNK = "sim";

  private final PbxConfig config;
  private final InstantSource clock;
  private String simulatorSecret;

  PbxProducers(PbxConfig config, InstantSource clock) {
    this.config = config;
    this.clock = clock;
  }

  @Produces
  @Singleton
  PbxSimulator simulator() {
    PbxConfig.Simulator s = config.simulator();
    simulatorSecret = s.secret().equals("random") ? randomSecret() : s.secret();
    PbxSimulator simulator = new PbxSimulator(SimulatorSettings.from(s, simulatorSecret), clock);
    if (s.enabled()) {
      try {
        simulator.start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PBX simulator could not listen", e);
      }
    }
    return simulator;
  }

  void stopSimulator(@Disposes PbxSimulator simulator) {
    simulator.stop();
  }

  @Produces
  @Singleton
  AmiPbx pbx(PbxSimulator simulator) {
    List<PbxServer> servers = new ArrayList<>();
    PbxConfig.Simulator s = config.simulator();
    if (s.enabled()) {
      servers.add(
          new PbxServer(
              s.name(),
              s.host(),
              simulator.port(),
              s.username(),
              simulatorSecret,
              Map.of(SIMULATOR_TRUNK, "Local/{number}@sim-lead"),
              "dialer-outbound",
              "dialer-play"));
    }
    config.servers().forEach((name, server) -> servers.add(toServer(name, server)));
    if (servers.isEmpty()) {
      throw new IllegalStateException(
          "no PBX: enable dialer.pbx.simulator or configure dialer.pbx.servers.NAME.host");
    }
    AmiPbx pbx =
        new AmiPbx(
            servers,
            new AmiLinkSettings(
                config.reconnectFirstDelay(), config.reconnectMaxDelay(), config.actionTimeout()),
            clock);
    pbx.start();
    LOG.infof("PBX servers: %s", servers);
    return pbx;
  }

  void closePbx(@Disposes AmiPbx pbx) {
    pbx.close();
  }

  /** Links up at startup; the embedded one is waited for, so a fresh service starts ready. */
  void onStart(@Observes StartupEvent event, Pbx pbx) {
    PbxConfig.Simulator s = config.simulator();
    if (!s.enabled()) {
      return;
    }
    long deadline = System.nanoTime() + s.startupWait().toNanos();
    while (!pbx.isReady(s.name()) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!pbx.isReady(s.name())) {
      LOG.warnf("embedded PBX link not ready after %s", s.startupWait());
    }
  }

  private static PbxServer toServer(String name, PbxConfig.Server server) {
    String secret =
        server
            .secret()
            .orElseThrow(
                () ->
                    new IllegalStateException("dialer.pbx.servers." + name + ".secret is not set"));
    Map<String, String> trunks = new LinkedHashMap<>();
    for (String trunk : server.trunks()) {
      int eq = trunk.indexOf('=');
      if (eq <= 0 || !trunk.contains("{number}")) {
        throw new IllegalStateException(
            "dialer.pbx.servers."
                + name
                + ".trunks: expected name=TECH/{number}@..., got "
                + trunk);
      }
      trunks.put(trunk.substring(0, eq).trim(), trunk.substring(eq + 1).trim());
    }
    return new PbxServer(
        name,
        server.host(),
        server.port(),
        server.username(),
        secret,
        trunks,
        server.outboundContext(),
        server.playContext());
  }

  private static String randomSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
