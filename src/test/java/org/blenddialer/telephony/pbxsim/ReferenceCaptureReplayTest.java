package org.blenddialer.telephony.pbxsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the client side of the real Asterisk 22 captures against the simulator and compares what
 * comes back with what Asterisk sent: the banner, every reply to a request (kind, field names and
 * order, EventList framing, ActionID echo, list sizes) and the shape of every event type the
 * simulator models.
 */
class ReferenceCaptureReplayTest {

  /**
   * Events Asterisk sends that the simulator does not model: dialplan steps, device states, music
   * on hold and the like. The service reads none of them.
   */
  static final Set<String> NOT_MODELLED =
      Set.of(
          "Newexten",
          "DeviceStateChange",
          "LocalBridge",
          "MusicOnHoldStart",
          "MusicOnHoldStop",
          "HangupRequest",
          "SoftHangupRequest",
          "NewCallerid",
          "NewConnectedLine",
          "NewAccountCode",
          "DialState",
          "MixMonitorStart");

  private PbxSimulator simulator;

  @BeforeEach
  void start() throws IOException {
    simulator =
        new PbxSimulator(
            new SimSettings(
                "127.0.0.1",
                0,
                "dialer",
                "dialer-secret",
                20.0,
                1L,
                List.of(
                    SimSettings.QueueSettings.of("support", "rrmemory"),
                    SimSettings.QueueSettings.of("outbound", "rrmemory")),
                "inbound",
                0.3,
                5.0,
                SimSettings.CalledParties.typical()),
            InstantSource.system());
    simulator.start();
  }

  @AfterEach
  void stop() {
    simulator.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ami-asterisk22-inbound-queue.txt", "ami-asterisk22-outbound-dialer.txt"})
  void repliesHaveTheStructureAsteriskGives(String captureFile) throws Exception {
    Path file = findCapture(captureFile);
    AmiCapture capture = new AmiCapture(file);
    List<AmiMessage> got = new ArrayList<>();
    try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
      socket.setSoTimeout(20_000);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      LinkedBlockingQueue<AmiMessage> inbox = new LinkedBlockingQueue<>();
      String banner = readLine(in);
      assertThat(banner).isEqualTo(capture.banner);
      Thread reader = new Thread(() -> readAll(in, inbox), "capture-replay-reader");
      reader.setDaemon(true);
      reader.start();

      for (int i = 0; i < capture.requests.size(); i++) {
        AmiMessage request = capture.requests.get(i);
        out.write(request.encode());
        out.flush();
        int index = i;
        // Wait until what Asterisk sent before the next request has its counterpart here.
        List<AmiCapture.Message> expected =
            capture.received.stream().filter(m -> m.afterRequests() == index + 1).toList();
        awaitCounterparts(expected, got, inbox, request.get("ActionID"));
      }
    }
    compareReplies(capture, got);
    compareEventShapes(capture, got);
  }

  private void awaitCounterparts(
      List<AmiCapture.Message> expected,
      List<AmiMessage> got,
      LinkedBlockingQueue<AmiMessage> inbox,
      String actionId)
      throws InterruptedException {
    Map<String, Integer> needed = new LinkedHashMap<>();
    for (AmiCapture.Message m : expected) {
      String kind = AmiCapture.kind(m.message());
      if (kind.startsWith("Event: ") && NOT_MODELLED.contains(kind.substring(7))) {
        continue;
      }
      boolean ours = actionId.equals(m.message().get("ActionID"));
      String key = (ours ? "#" : "") + kind;
      // Replies to the request must match one for one; other events need only appear.
      needed.merge(key, 1, ours ? Integer::sum : (a, b) -> a);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!needed.isEmpty()) {
      long left = deadline - System.nanoTime();
      AmiMessage next = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
      if (next == null) {
        throw new AssertionError("the simulator never sent " + needed.keySet());
      }
      got.add(next);
      boolean ours = actionId.equals(next.get("ActionID"));
      String key = (ours ? "#" : "") + AmiCapture.kind(next);
      needed.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  /** Every reply to a request (the messages carrying its ActionID) has Asterisk's structure. */
  private void compareReplies(AmiCapture capture, List<AmiMessage> got) {
    for (AmiMessage request : capture.requests) {
      String id = request.get("ActionID");
      List<String> want =
          replies(capture.received.stream().map(AmiCapture.Message::message).toList(), id);
      List<String> have = replies(got, id);
      assertThat(have)
          .as("replies to %s (ActionID %s)", request.get("Action"), id)
          .containsExactlyElementsOf(want);
    }
  }

  private static List<String> replies(List<AmiMessage> messages, String id) {
    List<String> out = new ArrayList<>();
    for (AmiMessage m : messages) {
      if (id.equals(m.get("ActionID"))) {
        String items = m.get("ListItems") == null ? "" : " ListItems=" + m.get("ListItems");
        String list = m.get("EventList") == null ? "" : " EventList=" + m.get("EventList");
        out.add(AmiCapture.kind(m) + list + items + " " + AmiCapture.shape(m));
      }
    }
    return out;
  }

  /** Every event shape the simulator produced is one Asterisk produced for that event type. */
  private void compareEventShapes(AmiCapture capture, List<AmiMessage> got) {
    Map<String, Set<List<String>>> asterisk = new LinkedHashMap<>();
    for (AmiCapture.Message m : capture.received) {
      if (m.message().get("Event") != null && m.message().get("ActionID") == null) {
        asterisk
            .computeIfAbsent(m.message().get("Event"), k -> new LinkedHashSet<>())
            .add(AmiCapture.shape(m.message()));
      }
    }
    Set<String> simulated = new LinkedHashSet<>();
    for (AmiMessage m : got) {
      String event = m.get("Event");
      if (event == null || m.get("ActionID") != null) {
        continue;
      }
      simulated.add(event);
      assertThat(asterisk).as("Asterisk sent %s in this session", event).containsKey(event);
      assertThat(asterisk.get(event).stream().map(String::valueOf).toList())
          .as("shape of %s", event)
          .contains(String.valueOf(AmiCapture.shape(m)));
    }
    Set<String> missing = new LinkedHashSet<>(asterisk.keySet());
    missing.removeAll(simulated);
    missing.removeAll(NOT_MODELLED);
    assertThat(missing).as("event types Asterisk sent that the simulator did not").isEmpty();
  }

  /** The captures are kept byte for byte in the test resources (CRLF and all). */
  private static Path findCapture(String name) throws Exception {
    var url = ReferenceCaptureReplayTest.class.getResource("/reference/" + name);
    assertThat(url).as("capture %s in test resources", name).isNotNull();
    return Path.of(url.toURI());
  }

  private static void readAll(InputStream in, LinkedBlockingQueue<AmiMessage> inbox) {
    try {
      AmiFrameReader reader = new AmiFrameReader(in);
      AmiMessage m;
      while ((m = reader.next()) != null) {
        inbox.add(m);
      }
    } catch (IOException e) {
      // connection closed at Logoff
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      sb.append((char) b);
      if (b == '\n') {
        break;
      }
    }
    return sb.toString();
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
