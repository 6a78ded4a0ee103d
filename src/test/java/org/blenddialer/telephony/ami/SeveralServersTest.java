package org.blenddialer.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.LinkState;
import org.blenddialer.telephony.OriginateRequest;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxLinkStatus;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.PbxUnavailableException;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.telephony.pbxsim.SimSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two PBX servers by name: commands go to the named one, events say where they come from. */
class SeveralServersTest {

  private final EventRecorder events = new EventRecorder();
  private PbxSimulator east;
  private PbxSimulator west;
  private AmiPbx pbx;

  private static PbxSimulator simulator(String secret) throws IOException {
    PbxSimulator sim =
        new PbxSimulator(
            SimSettings.loopback(
                "dialer",
                secret,
                20.0,
                5L,
                List.of(SimSettings.QueueSettings.of("outbound", "ringall"))),
            InstantSource.system());
    sim.start();
    return sim;
  }

  private static PbxServer server(String name, PbxSimulator sim, String secret) {
    return new PbxServer(
        name,
        "127.0.0.1",
        sim.port(),
        "dialer",
        secret,
        Map.of("sim", "Local/{number}@sim-lead"),
        "dialer-outbound",
        "dialer-play");
  }

  @BeforeEach
  void start() throws IOException {
    east = simulator("east-secret");
    west = simulator("west-secret");
    pbx =
        new AmiPbx(
            List.of(server("east", east, "east-secret"), server("west", west, "west-secret")),
            new AmiLinkSettings(
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(5)),
            InstantSource.system());
    pbx.subscribe(events);
    pbx.start();
    EventRecorder.awaitTrue(
        "both ready", () -> pbx.isReady("east") && pbx.isReady("west"), Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() {
    pbx.close();
    east.stop();
    west.stop();
  }

  private static OriginateRequest dial(String server, String id) {
    return new OriginateRequest(
        server,
        id,
        "5551234",
        "sim",
        "outbound",
        "",
        Duration.ofSeconds(10),
        Map.of("LEAD_RESULT", "busy"));
  }

  @Test
  void eachServerIsDrivenAndReportedByItsName() {
    assertThat(pbx.defaultServer()).isEqualTo("east");
    pbx.originate(dial("west", "w-1"));
    PbxEvent.OriginateOutcome outcome =
        events.await(PbxEvent.OriginateOutcome.class, o -> o.attemptId().equals("w-1"));
    assertThat(outcome.server()).isEqualTo("west");
    assertThat(events.all(PbxEvent.CallHungUp.class)).allMatch(h -> h.server().equals("west"));
  }

  @Test
  void oneServerDownLeavesTheOtherUsable() {
    east.stop();
    events.await(
        PbxEvent.LinkChanged.class,
        l -> l.server().equals("east") && l.state() == LinkState.DISCONNECTED);
    assertThat(pbx.links())
        .extracting(PbxLinkStatus::server, PbxLinkStatus::ready)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("east", false),
            org.assertj.core.groups.Tuple.tuple("west", true));
    assertThatThrownBy(() -> pbx.originate(dial("east", "e-1")))
        .isInstanceOf(PbxUnavailableException.class);
    pbx.originate(dial("west", "w-2"));
    events.await(PbxEvent.OriginateOutcome.class, o -> o.attemptId().equals("w-2"));
    assertThatThrownBy(() -> pbx.originate(dial("north", "n-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("north");
  }
}
