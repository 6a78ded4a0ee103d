package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A channel inside the simulator, with the header block Asterisk puts on channel events. */
final class SimChannel {

  static final int DOWN = 0;
  static final int RING = 4;
  static final int RINGING = 5;
  static final int UP = 6;
  static final int BUSY = 7;

  final String name;
  final String uniqueId;
  final String linkedId;
  final long createdMillis;
  int state;
  String callerIdNum = "<unknown>";
  String callerIdName = "<unknown>";
  String connectedNum = "<unknown>";
  String connectedName = "<unknown>";
  String accountCode = "";
  String context;
  String exten;
  int priority = 1;
  String application = "";

  /** The number an Originate dialed on this channel (digits only), or null. */
  String dialedNumber;

  /** Announcements played to this channel while it waited in a queue. */
  final List<String> heard = new ArrayList<>();

  String applicationData = "";
  long answeredMillis = -1;
  boolean hungUp;

  /** The other half of a Local channel pair, if any. */
  SimChannel peer;

  /** What the simulator does with this channel when it hangs up (a queue caller, a call...). */
  Runnable onHangup;

  final Map<String, String> variables = new LinkedHashMap<>();

  SimChannel(
      String name,
      String uniqueId,
      String linkedId,
      int state,
      String context,
      String exten,
      long createdMillis) {
    this.name = name;
    this.uniqueId = uniqueId;
    this.linkedId = linkedId;
    this.state = state;
    this.context = context;
    this.exten = exten;
    this.createdMillis = createdMillis;
  }

  static String stateDesc(int state) {
    return switch (state) {
      case DOWN -> "Down";
      case RING -> "Ring";
      case RINGING -> "Ringing";
      case UP -> "Up";
      case BUSY -> "Busy";
      default -> "Unknown";
    };
  }

  /** A variable by name, ignoring the inheritance underscores. */
  String variable(String key) {
    String v = variables.get(key);
    if (v == null) {
      v = variables.get("_" + key);
    }
    if (v == null) {
      v = variables.get("__" + key);
    }
    return v;
  }

  /** Variables a channel created by this one inherits: those named with {@code _} or {@code __}. */
  Map<String, String> inheritable() {
    Map<String, String> out = new LinkedHashMap<>();
    variables.forEach(
        (k, v) -> {
          if (k.startsWith("__")) {
            out.put(k, v);
          } else if (k.startsWith("_")) {
            out.put(k.substring(1), v);
          }
        });
    return out;
  }

  /** The channel header block, with {@code prefix} ("" or "Dest") on each name. */
  List<AmiMessage.Field> block(String prefix) {
    List<AmiMessage.Field> f = new ArrayList<>(14);
    f.add(new AmiMessage.Field(prefix + "Channel", name));
    f.add(new AmiMessage.Field(prefix + "ChannelState", Integer.toString(state)));
    f.add(new AmiMessage.Field(prefix + "ChannelStateDesc", stateDesc(state)));
    f.add(new AmiMessage.Field(prefix + "CallerIDNum", callerIdNum));
    f.add(new AmiMessage.Field(prefix + "CallerIDName", callerIdName));
    f.add(new AmiMessage.Field(prefix + "ConnectedLineNum", connectedNum));
    f.add(new AmiMessage.Field(prefix + "ConnectedLineName", connectedName));
    f.add(new AmiMessage.Field(prefix + "Language", "en"));
    f.add(new AmiMessage.Field(prefix + "AccountCode", accountCode));
    f.add(new AmiMessage.Field(prefix + "Context", context));
    f.add(new AmiMessage.Field(prefix + "Exten", exten));
    f.add(new AmiMessage.Field(prefix + "Priority", Integer.toString(priority)));
    f.add(new AmiMessage.Field(prefix + "Uniqueid", uniqueId));
    f.add(new AmiMessage.Field(prefix + "Linkedid", linkedId));
    return f;
  }
}
