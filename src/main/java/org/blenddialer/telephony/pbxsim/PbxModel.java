package org.blenddialer.telephony.pbxsim;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated PBX's shared state (channels, queues, agent phones) and the channel-level events
 * Asterisk emits as channels come and go. Touched only on the simulator's model thread.
 */
final class PbxModel {

  private static final DateTimeFormatter CDR_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  final PbxSimulator sim;
  final Map<String, SimChannel> channels = new LinkedHashMap<>();
  final Map<String, SimQueue> queues = new LinkedHashMap<>();
  final Map<String, AgentPhone> phones = new LinkedHashMap<>();
  private long uniqueSeq;
  private long localSeq;
  private long processedCalls;
  private int bridgeSeq;

  PbxModel(PbxSimulator sim) {
    this.sim = sim;
  }

  long now() {
    return sim.clock().elapsedMillis();
  }

  long processedCalls() {
    return processedCalls;
  }

  AgentPhone phone(String iface) {
    return phones.computeIfAbsent(iface, AgentPhone::new);
  }

  /** The two halves of a Local channel ({@code Local/exten@context-0000000a;1} and {@code ;2}). */
  SimChannel[] newLocalPair(String exten, String context, String linkedId) {
    String base = "Local/" + exten + "@" + context + "-" + String.format("%08x", localSeq++);
    SimChannel one = create(base + ";1", SimChannel.DOWN, context, exten, linkedId);
    SimChannel two = create(base + ";2", SimChannel.RING, context, exten, one.linkedId);
    one.peer = two;
    two.peer = one;
    newchannel(one);
    newchannel(two);
    return new SimChannel[] {one, two};
  }

  /** A single channel of a technology other than Local ({@code PJSIP/trunk-0000000b}). */
  SimChannel newSingle(String device, String context, String exten) {
    SimChannel ch =
        create(
            device + "-" + String.format("%08x", localSeq++),
            SimChannel.DOWN,
            context,
            exten,
            null);
    newchannel(ch);
    return ch;
  }

  private SimChannel create(String name, int state, String context, String exten, String linked) {
    String uid = sim.clock().epochSecond() + "." + uniqueSeq++;
    SimChannel ch =
        new SimChannel(name, uid, linked == null ? uid : linked, state, context, exten, now());
    channels.put(name, ch);
    processedCalls++;
    return ch;
  }

  private void newchannel(SimChannel ch) {
    emit(AmiMessage.of("Event", "Newchannel").add("Privilege", "call,all").addAll(ch.block("")));
  }

  void newstate(SimChannel ch, int state) {
    if (ch == null || ch.hungUp || ch.state == state) {
      return;
    }
    ch.state = state;
    if (state == SimChannel.UP && ch.answeredMillis < 0) {
      ch.answeredMillis = now();
    }
    emit(AmiMessage.of("Event", "Newstate").add("Privilege", "call,all").addAll(ch.block("")));
  }

  void varSet(SimChannel ch, String name, String value) {
    ch.variables.put(name, value);
    emit(
        AmiMessage.of("Event", "VarSet")
            .add("Privilege", "dialplan,all")
            .addAll(ch.block(""))
            .add("Variable", name)
            .add("Value", value));
  }

  void dialBegin(SimChannel caller, SimChannel dest, String dialString) {
    AmiMessage m = AmiMessage.of("Event", "DialBegin").add("Privilege", "call,all");
    if (caller != null) {
      m.addAll(caller.block(""));
    }
    emit(m.addAll(dest.block("Dest")).add("DialString", dialString));
  }

  void dialEnd(SimChannel caller, SimChannel dest, String status) {
    AmiMessage m = AmiMessage.of("Event", "DialEnd").add("Privilege", "call,all");
    if (caller != null) {
      m.addAll(caller.block(""));
    }
    emit(m.addAll(dest.block("Dest")).add("DialStatus", status));
  }

  String newBridgeId() {
    return String.format(
        "%08x-0000-4000-8000-%012x", sim.settings().seed() & 0xffffffffL, ++bridgeSeq);
  }

  /** BridgeCreate / BridgeDestroy (no channel), BridgeEnter / BridgeLeave (with one). */
  void bridge(String event, String bridgeId, int count, SimChannel ch) {
    bridge(event, bridgeId, count, ch, "basic", "simple_bridge", null);
  }

  /** A bridge event of a given type and technology ({@code name}: a conference's, or null). */
  void bridge(
      String event,
      String bridgeId,
      int count,
      SimChannel ch,
      String type,
      String technology,
      String name) {
    AmiMessage m =
        AmiMessage.of("Event", event)
            .add("Privilege", "call,all")
            .add("BridgeUniqueid", bridgeId)
            .add("BridgeType", type)
            .add("BridgeTechnology", technology)
            .add("BridgeCreator", name == null ? "<unknown>" : "ConfBridge")
            .add("BridgeName", name == null ? "<unknown>" : name)
            .add("BridgeNumChannels", count)
            .add("BridgeVideoSourceMode", "none");
    if (ch != null) {
      m.addAll(ch.block(""));
    }
    emit(m);
  }

  /** Hangs a channel up (once), emitting Hangup and, for the side that was called, a Cdr. */
  void hangup(SimChannel ch, int cause) {
    if (ch == null || ch.hungUp) {
      return;
    }
    ch.hungUp = true;
    channels.remove(ch.name);
    emit(
        AmiMessage.of("Event", "Hangup")
            .add("Privilege", "call,all")
            .addAll(ch.block(""))
            .add("Cause", cause)
            .add("Cause-txt", causeText(cause)));
    Runnable then = ch.onHangup;
    ch.onHangup = null;
    if (then != null) {
      then.run();
    }
  }

  void cdr(SimChannel ch, SimChannel dest, String disposition) {
    long start = ch.createdMillis;
    long end = now();
    long answer = ch.answeredMillis;
    String startAt = CDR_TIME.format(sim.clock().instantAt(start));
    emit(
        AmiMessage.of("Event", "Cdr")
            .add("Privilege", "cdr,all")
            .add("AccountCode", ch.accountCode)
            .add("Source", "<unknown>".equals(ch.callerIdNum) ? "" : ch.callerIdNum)
            .add("Destination", ch.exten)
            .add("DestinationContext", ch.context)
            .add(
                "CallerID",
                "\"" + ch.callerIdName.replace("<unknown>", "") + "\" <" + ch.callerIdNum + ">")
            .add("Channel", ch.name)
            .add("DestinationChannel", dest == null ? "" : dest.name)
            .add("LastApplication", ch.application)
            .add("LastData", ch.applicationData)
            .add("StartTime", startAt)
            .add("AnswerTime", answer < 0 ? "" : CDR_TIME.format(sim.clock().instantAt(answer)))
            .add("EndTime", CDR_TIME.format(sim.clock().instantAt(end)))
            .add("Duration", (end - start) / 1000)
            .add("BillableSeconds", answer < 0 ? 0 : (end - answer) / 1000)
            .add("Disposition", disposition)
            .add("AMAFlags", "DOCUMENTATION")
            .add("UniqueID", ch.uniqueId)
            .add("UserField", ""));
  }

  static String causeText(int cause) {
    return switch (cause) {
      case 16 -> "Normal Clearing";
      case 17 -> "User busy";
      case 18 -> "No user responding";
      case 19 -> "User alerting, no answer";
      case 21 -> "Call Rejected";
      case 26 -> "Answered elsewhere";
      case 34 -> "Circuit/channel congestion";
      default -> "Unknown";
    };
  }

  void emit(AmiMessage event) {
    sim.broadcast(event);
  }
}
