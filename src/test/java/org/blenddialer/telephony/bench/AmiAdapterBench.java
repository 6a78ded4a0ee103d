package org.blenddialer.telephony.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.QueueMembership;
import org.blenddialer.telephony.ami.AmiLinkSettings;
import org.blenddialer.telephony.ami.AmiPbx;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.telephony.pbxsim.SimSettings;

/**
 * Bench command (not a test): how many AMI events per second the asterisk-java adapter turns into
 * our events, and the latency from an answered outbound call's OriginateResponse to the reaction (a
 * command the engine sends back, acknowledged by the PBX). Run with bin/bench-telephony.
 */
public final class AmiAdapterBench {

  private AmiAdapterBench() {}

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;

    PbxSimulator sim =
        new PbxSimulator(
            SimSettings.loopback(
                "bench",
                "bench-secret",
                1.0,
                1L,
                List.of(SimSettings.QueueSettings.of("outbound", "ringall"))),
            InstantSource.system());
    int port = sim.start();
    PbxServer server =
        new PbxServer(
            "bench",
            "127.0.0.1",
            port,
            "bench",
            "bench-secret",
            Map.of("sim", "Local/{number}@sim-lead"),
            "dialer-outbound",
            "dialer-play");
    AmiPbx pbx =
        new AmiPbx(
            List.of(server),
            new AmiLinkSettings(
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10)),
            InstantSource.system());
    AtomicLong ours = new AtomicLong();
    Map<String, Long> delivered = new ConcurrentHashMap<>();
    LinkedBlockingQueue<String> engineInbox = new LinkedBlockingQueue<>();
    pbx.subscribe(
        e -> {
          ours.incrementAndGet();
          if (e instanceof PbxEvent.OriginateOutcome o && o.attemptId().startsWith("lat-")) {
            delivered.put(o.attemptId(), System.nanoTime());
            if (!o.attemptId().startsWith("lat-marker-")) {
              engineInbox.add(o.attemptId());
            }
          }
        });
    pbx.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!pbx.isReady("bench")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("link never became ready");
      }
      Thread.sleep(10);
    }
    pbx.addQueueMember(
        "bench", new QueueMembership("outbound", "PJSIP/bench-agent", "Bench", 0, false));

    byte[] block = referenceEvents();
    int perBlock = count(block);
    System.out.printf(
        Locale.ROOT,
        "event mix: %d events of the reference captures per block, %d bytes on average%n",
        perBlock,
        block.length / perBlock);

    // Warm up, then measure.
    // Warm up slowly: no drops, which gives the number asterisk-java delivers per block.
    int warmBlocks = Math.max(1, 100_000 / perBlock);
    throughput(sim, pbx, ours, delivered, block, perBlock, warmBlocks, 10_000);
    double perBlockDelivered = (double) lastDelivered / warmBlocks;
    int blocks = Math.max(1, events / perBlock);
    for (double offered : new double[] {20_000, 25_000, 0}) {
      double rate = throughput(sim, pbx, ours, delivered, block, perBlock, blocks, offered);
      double lost = Math.max(0, blocks * perBlockDelivered - lastDelivered);
      System.out.printf(
          Locale.ROOT,
          "throughput: %,.0f AMI events/s turned into our events; %,.0f lost in asterisk-java's"
              + " queue (%.2f%%)%n",
          rate,
          lost,
          100.0 * lost / (blocks * perBlockDelivered));
    }

    long[] toEvent = new long[samples];
    long[] toReaction = new long[samples];
    for (int i = -500; i < samples; i++) {
      String id = "lat-" + (i + 1000);
      long t0 = System.nanoTime();
      sim.replayEvents(answered(id), 1);
      String got = engineInbox.take();
      if (!got.equals(id)) {
        throw new IllegalStateException("out of order: " + got);
      }
      // The engine's reaction: a command to the PBX, answered.
      pbx.pauseQueueMember("bench", "outbound", "PJSIP/bench-agent", false, "");
      long t2 = System.nanoTime();
      if (i >= 0) {
        toEvent[i] = delivered.get(id) - t0;
        toReaction[i] = t2 - t0;
      }
    }
    report("answered event -> our event", toEvent);
    report("answered event -> reaction acknowledged by the PBX", toReaction);
    pbx.close();
    sim.stop();
    System.exit(0);
  }

  private static long lastDelivered;

  private static double throughput(
      PbxSimulator sim,
      AmiPbx pbx,
      AtomicLong ours,
      Map<String, Long> delivered,
      byte[] block,
      int perBlock,
      int blocks,
      double offeredPerSecond)
      throws Exception {
    long beforeAmi = pbx.eventsReceived("bench");
    long beforeOurs = ours.get();
    String marker = "lat-marker-" + System.nanoTime();
    long t0 = System.nanoTime();
    Thread blaster =
        new Thread(
            () -> {
              try {
                if (offeredPerSecond <= 0) {
                  sim.replayEvents(block, blocks);
                } else {
                  // Paced: one block per slot, so the offered rate is steady.
                  long slot = (long) (perBlock * 1e9 / offeredPerSecond);
                  long next = System.nanoTime();
                  for (int b = 0; b < blocks; b++) {
                    sim.replayEvents(block, 1);
                    next += slot;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                  }
                }
                // Once the marker is through, every event before it has been delivered.
                sim.replayEvents(answered(marker), 1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    blaster.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!delivered.containsKey(marker)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the end marker never arrived: "
                + (pbx.eventsReceived("bench") - beforeAmi)
                + " AMI events, "
                + (ours.get() - beforeOurs)
                + " of ours");
      }
      Thread.sleep(1);
    }
    double seconds = (delivered.get(marker) - t0) / 1e9;
    blaster.join();
    long ami = pbx.eventsReceived("bench") - beforeAmi - 1;
    System.out.printf(
        Locale.ROOT,
        "  offered %s: sent %,d AMI events; asterisk-java delivered %,d (it adds legacy"
            + " duplicates and skips types it has no class for); %,d of our events out;"
            + " %.2f s; %,.0f/s%n",
        offeredPerSecond <= 0 ? "as fast as possible" : String.format("%,.0f/s", offeredPerSecond),
        (long) blocks * perBlock,
        ami,
        ours.get() - beforeOurs - 1,
        seconds,
        ami / seconds);
    lastDelivered = ami;
    return ami / seconds;
  }

  private static void report(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "latency %s: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%d samples)%n",
        what,
        s[s.length / 2] / 1e6,
        s[(int) (s.length * 0.99)] / 1e6,
        s[(int) (s.length * 0.999)] / 1e6,
        s[s.length - 1] / 1e6,
        s.length);
  }

  private static byte[] answered(String attemptId) {
    // asterisk-java prefixes ActionIDs with its own id and a #, and strips it on the way back.
    return ("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: 99#"
            + attemptId
            + "\r\nResponse: Success\r\nChannel: Local/5551234@sim-lead-00000002;1\r\n"
            + "Context: dialer-outbound\r\nExten: s\r\nReason: 4\r\nUniqueid: 1795346818.4\r\n"
            + "CallerIDNum: 5550000\r\nCallerIDName: Dialer\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Every unsolicited event Asterisk sent in the two reference captures, in order. */
  private static byte[] referenceEvents() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String name :
        List.of("ami-asterisk22-inbound-queue.txt", "ami-asterisk22-outbound-dialer.txt")) {
      String text;
      try (InputStream in = AmiAdapterBench.class.getResourceAsStream("/reference/" + name)) {
        text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      StringBuilder recv = new StringBuilder();
      int pos = 0;
      while (pos < text.length()) {
        int nl = text.indexOf('\n', pos);
        String header = text.substring(pos, nl);
        int n = Integer.parseInt(header.replaceAll(".* n=(\\d+) bytes", "$1"));
        if (header.contains("RECV")) {
          recv.append(text, nl + 1, nl + 1 + n);
        }
        pos = nl + 1 + n;
      }
      for (String msg : recv.toString().split("\r\n\r\n")) {
        if (msg.startsWith("Event: ") && !msg.contains("\r\nActionID: ")) {
          out.writeBytes((msg + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    }
    return out.toByteArray();
  }

  private static int count(byte[] block) {
    String s = new String(block, StandardCharsets.ISO_8859_1);
    int n = 0;
    for (int i = s.indexOf("Event: "); i >= 0; i = s.indexOf("\r\n\r\nEvent: ", i + 1)) {
      n++;
    }
    return n;
  }
}
