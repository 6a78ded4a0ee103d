package org.blenddialer.telephony.pbxsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator answers bad input the way Asterisk does and survives abusive clients. */
class AmiProtocolEdgeCasesTest {

  private PbxSimulator simulator;

  @BeforeEach
  void start() throws IOException {
    simulator =
        new PbxSimulator(
            SimSettings.loopback(
                "dialer",
                "s3cret",
                10.0,
                3L,
                List.of(SimSettings.QueueSettings.of("support", "rrmemory"))),
            InstantSource.system());
    simulator.start();
  }

  @AfterEach
  void stop() {
    simulator.stop();
  }

  /** A raw AMI client. */
  private final class Client implements AutoCloseable {
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    final AmiFrameReader reader;
    final String banner;

    Client() throws IOException {
      socket = new Socket("127.0.0.1", simulator.port());
      socket.setSoTimeout(10_000);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
      StringBuilder sb = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        sb.append((char) b);
      }
      banner = sb.toString();
      reader = new AmiFrameReader(in);
    }

    void send(String raw) throws IOException {
      out.write(raw.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /** The next message that is not an unsolicited event. */
    AmiMessage reply() throws IOException {
      while (true) {
        AmiMessage m = reader.next();
        if (m == null || m.get("Response") != null) {
          return m;
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void greetsWithTheBannerOfAsterisk22() throws IOException {
    try (Client c = new Client()) {
      assertThat(c.banner).isEqualTo("Asterisk Call Manager/11.0.0\r");
    }
  }

  @Test
  void wrongCredentialsAreRefusedAndTheConnectionClosed() throws IOException {
    try (Client c = new Client()) {
      c.send("Action: Login\r\nActionID: 1\r\nUsername: dialer\r\nSecret: guess\r\n\r\n");
      AmiMessage r = c.reply();
      assertThat(r.fields())
          .containsExactly(
              new AmiMessage.Field("Response", "Error"),
              new AmiMessage.Field("ActionID", "1"),
              new AmiMessage.Field("Message", "Authentication failed"));
      assertThat(c.reader.next()).isNull();
    }
  }

  @Test
  void md5ChallengeLoginIsAccepted() throws IOException {
    try (Client c = new Client()) {
      c.send("Action: Challenge\r\nActionID: 1\r\nAuthType: MD5\r\n\r\n");
      String challenge = c.reply().get("Challenge");
      assertThat(challenge).isNotBlank();
      String key = AmiActions.md5(challenge + "s3cret");
      c.send(
          "Action: Login\r\nActionID: 2\r\nAuthType: MD5\r\nUsername: dialer\r\nKey: "
              + key
              + "\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("Authentication accepted");
    }
  }

  @Test
  void theAstDbActionsAndDatabaseShowAnswerInAsterisksWords() throws IOException {
    try (Client c = new Client()) {
      c.send("Action: Login\r\nActionID: 1\r\nUsername: dialer\r\nSecret: s3cret\r\n\r\n");
      assertThat(c.reply().get("Response")).isEqualTo("Success");
      c.send(
          "Action: DBPut\r\nActionID: 2\r\nFamily: dialer-optout\r\nKey: 4711\r\n"
              + "Val: 9:1764000000\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("Updated database successfully");
      c.send("Action: DBPut\r\nActionID: 3\r\nKey: 1\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("No family specified");

      c.send("Action: Command\r\nActionID: 4\r\nCommand: database show dialer-optout\r\n\r\n");
      AmiMessage shown = c.reply();
      assertThat(shown.get("Message")).isEqualTo("Command output follows");
      assertThat(shown.getAll("Output"))
          .containsExactly(
              String.format("%-50s: %-25s", "/dialer-optout/4711", "9:1764000000"),
              "1 results found.");
      c.send("Action: Command\r\nActionID: 5\r\nCommand: database show dialer\r\n\r\n");
      assertThat(c.reply().getAll("Output")).containsExactly("0 results found.");

      c.send("Action: DBDel\r\nActionID: 6\r\nFamily: dialer-optout\r\nKey: 4711\r\n\r\n");
      AmiMessage deleted = c.reply();
      assertThat(deleted.get("Response")).isEqualTo("Success");
      assertThat(deleted.get("Message")).isEqualTo("Key deleted successfully");
      c.send("Action: DBDel\r\nActionID: 7\r\nFamily: dialer-optout\r\nKey: 4711\r\n\r\n");
      AmiMessage missing = c.reply();
      assertThat(missing.get("Response")).isEqualTo("Error");
      assertThat(missing.get("Message")).isEqualTo("Database entry not found");
      c.send("Action: DBDel\r\nActionID: 8\r\nFamily: dialer-optout\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("No key specified.");
    }
  }

  @Test
  void actionsBeforeLoginUnknownActionsAndMissingActionsGetAsterisksErrors() throws IOException {
    try (Client c = new Client()) {
      c.send("Action: QueueStatus\r\nActionID: 1\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("Permission denied");
      c.send("Action: Login\r\nActionID: 2\r\nUsername: dialer\r\nSecret: s3cret\r\n\r\n");
      assertThat(c.reply().get("Response")).isEqualTo("Success");
      c.send("Action: Frobnicate\r\nActionID: 3\r\n\r\n");
      assertThat(c.reply().get("Message"))
          .isEqualTo(
              "Invalid/unknown command: Frobnicate. Use Action: ListCommands to show available"
                  + " commands.");
      c.send("ActionID: 4\r\nFoo: bar\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("Missing action in request");
      c.send("Action: QueueAdd\r\nActionID: 5\r\nQueue: nosuch\r\nInterface: PJSIP/a1\r\n\r\n");
      assertThat(c.reply().get("Message"))
          .isEqualTo("Unable to add interface to queue: No such queue");
      c.send("Action: Hangup\r\nActionID: 6\r\nChannel: PJSIP/none-00000001\r\n\r\n");
      assertThat(c.reply().get("Message")).isEqualTo("No such channel");
      c.send("Action: Ping\r\nActionID: 7\r\n\r\n");
      AmiMessage pong = c.reply();
      assertThat(pong.get("Ping")).isEqualTo("Pong");
      assertThat(pong.get("ActionID")).isEqualTo("7");
    }
  }

  @Test
  void floodsGarbageAndHalfFramesDoNotHurtOtherClients() throws IOException {
    try (Client flood = new Client()) {
      StringBuilder burst = new StringBuilder();
      burst.append("x".repeat(50_000)).append("\r\n");
      burst.append("no colon here\r\n: empty name\r\n\r\n\r\n");
      for (int i = 0; i < 5_000; i++) {
        burst.append("Action: Ping\r\nActionID: ").append(i).append("\r\n\r\n");
      }
      burst.append("Action: Login\r\nUsername: dia");
      flood.send(burst.toString());
    }
    try (Client c = new Client()) {
      c.send("Action: Login\r\nActionID: 1\r\nUsername: dialer\r\nSecret: s3cret\r\n\r\n");
      assertThat(c.reply().get("Response")).isEqualTo("Success");
      c.send("Action: CoreStatus\r\nActionID: 2\r\n\r\n");
      assertThat(c.reply().get("CoreCurrentCalls")).isEqualTo("0");
    }
  }
}
