package org.blenddialer.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxContractTest;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.telephony.pbxsim.SimSettings;
import org.blenddialer.telephony.pbxsim.SimSettings.QueueSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The port's contract, through the real asterisk-java adapter, against the PBX simulator on TCP.
 */
class AmiPbxAgainstSimulatorTest extends PbxContractTest {

  private PbxSimulator simulator;
  private AmiPbx pbx;

  static SimSettings settings() {
    return SimSettings.loopback(
        "dialer",
        "contract-secret",
        20.0,
        7L,
        List.of(
            QueueSettings.of(SUPPORT, "rrmemory"),
            QueueSettings.of(SALES, "leastrecent"),
            QueueSettings.of(CAMPAIGN, "ringall")));
  }

  @BeforeEach
  void start() throws IOException {
    simulator = new PbxSimulator(settings(), InstantSource.system());
    int port = simulator.start();
    PbxServer server =
        new PbxServer(
            "sim",
            "127.0.0.1",
            port,
            "dialer",
            "contract-secret",
            Map.of("sim", "Local/{number}@sim-lead"),
            "dialer-outbound",
            "dialer-play");
    pbx =
        new AmiPbx(
            List.of(server),
            new AmiLinkSettings(
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(5)),
            InstantSource.system());
    pbx.subscribe(events);
    pbx.start();
    awaitReady();
  }

  @AfterEach
  void stop() {
    pbx.close();
    simulator.stop();
  }

  @Override
  protected Pbx pbx() {
    return pbx;
  }

  @Override
  protected String trunk() {
    return "sim";
  }

  @Override
  protected String agent(int n) {
    return "Local/agent" + n + "@sim-agent/n";
  }

  @Override
  protected void placeInboundCall(String queue, double patienceSeconds) {
    simulator.placeInboundCall(queue, "5551000", patienceSeconds);
  }

  @Override
  protected void personAtPhone(String agentInterface) {
    simulator.setManualAgent(agentInterface, true);
  }

  @Override
  protected void personAnswers(String agentInterface) {
    EventRecorder.awaitTrue(
        "phone rings", () -> simulator.answer(agentInterface), Duration.ofSeconds(10));
  }

  @Override
  protected void personHangsUp(String agentInterface) {
    if (!simulator.hangUp(agentInterface)) {
      throw new AssertionError(agentInterface + " was not on a call");
    }
  }

  @Override
  protected void stopPbx() {
    simulator.stop();
  }

  @Override
  protected void startPbx() {
    // The simulator comes back on its old port so that the adapter can reconnect; while another
    // socket on this machine briefly holds that port, binding is retried until the deadline.
    EventRecorder.awaitTrue(
        "the simulator listens on its old port again",
        () -> {
          try {
            simulator.start();
            return true;
          } catch (java.net.BindException e) {
            return false;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        Duration.ofSeconds(20));
  }

  @Override
  protected void dropConnection() {
    simulator.dropClients();
  }

  @Test
  void anOptOutKeyPressIsKeptInTheAstDbThroughALinkDropAndARestartUntilDeleted() {
    simulator.setOptOutProbability(1.0);
    String id = attempt();
    Instant dialed = Instant.now();
    pbx.originate(dial(id, "5551299", Map.of("LEAD_RESULT", "human", "DIALER_OPT_OUT_KEY", "9")));
    events.await(PbxEvent.OptOutKeyPressed.class, e -> e.attemptId().equals(Optional.of(id)));

    Map<String, String> kept = pbx.databaseEntries(server(), "dialer-optout");
    assertThat(kept).containsOnlyKeys(id);
    assertThat(kept.get(id)).startsWith("9:");
    // The press's own time, in epoch seconds (the simulator's clock runs 20 times faster).
    long at = Long.parseLong(kept.get(id).substring(2));
    assertThat(at).isBetween(dialed.getEpochSecond(), Instant.now().getEpochSecond() + 3600);

    // A network blip, then a PBX restart: Asterisk keeps its database on disk.
    readyAgainAfter(this::dropConnection);
    assertThat(pbx.databaseEntries(server(), "dialer-optout")).containsOnlyKeys(id);
    readyAgainAfter(
        () -> {
          stopPbx();
          startPbx();
        });
    assertThat(pbx.databaseEntries(server(), "dialer-optout")).containsOnlyKeys(id);

    assertThat(pbx.deleteDatabaseEntry(server(), "dialer-optout", id)).isTrue();
    assertThat(pbx.deleteDatabaseEntry(server(), "dialer-optout", id)).isFalse();
    assertThat(pbx.databaseEntries(server(), "dialer-optout")).isEmpty();
  }

  /** Cuts the link and waits until it is ready again, re-synced. */
  private void readyAgainAfter(Runnable cut) {
    int before = events.all(PbxEvent.Resynced.class).size();
    cut.run();
    events.await(
        PbxEvent.LinkChanged.class,
        l -> l.state() == org.blenddialer.telephony.LinkState.DISCONNECTED);
    EventRecorder.awaitTrue(
        "a new re-sync",
        () -> events.all(PbxEvent.Resynced.class).size() > before,
        Duration.ofSeconds(20));
    awaitReady();
  }

  @Test
  void aFamilyListsOnlyItsOwnEntriesAndNamesThatCouldBreakTheCommandAreRefused() {
    simulator.putDatabase("dialer-optout", "41", "9:1764000000");
    simulator.putDatabase("dialer-optout", "42", "with spaces: and a colon");
    simulator.putDatabase("dialer-optout2", "43", "9:1764000001");
    simulator.putDatabase("dialer", "optout", "not under the family");

    assertThat(pbx.databaseEntries(server(), "dialer-optout"))
        .containsExactly(
            Map.entry("41", "9:1764000000"), Map.entry("42", "with spaces: and a colon"));
    assertThat(pbx.databaseEntries(server(), "no-such-family")).isEmpty();
    assertThatThrownBy(() -> pbx.databaseEntries(server(), "dialer-optout; core stop now"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pbx.deleteDatabaseEntry(server(), "dialer-optout", "a b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
