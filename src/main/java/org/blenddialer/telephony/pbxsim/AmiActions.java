package org.blenddialer.telephony.pbxsim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The AMI actions the simulator answers, worded as Asterisk 22 words its replies. Runs on the model
 * thread.
 */
final class AmiActions {

  private final PbxSimulator sim;
  private final PbxModel model;
  private final AppQueue appQueue;
  private final Dialplan dialplan;
  private final QueueActions queueActions;

  AmiActions(PbxSimulator sim, PbxModel model, AppQueue appQueue, Dialplan dialplan) {
    this.sim = sim;
    this.model = model;
    this.appQueue = appQueue;
    this.dialplan = dialplan;
    this.queueActions = new QueueActions(model, appQueue);
  }

  void handle(AmiSession s, AmiMessage m) {
    if (s.isClosed()) {
      return;
    }
    String action = m.get("Action");
    if (action == null || action.isBlank()) {
      s.send(error(m, "Missing action in request"));
      return;
    }
    String a = action.trim().toLowerCase(Locale.ROOT);
    if (!s.authenticated && !a.equals("login") && !a.equals("challenge") && !a.equals("logoff")) {
      s.send(error(m, "Permission denied"));
      return;
    }
    switch (a) {
      case "challenge" -> challenge(s, m);
      case "login" -> login(s, m);
      case "logoff" -> {
        s.send(reply(m, "Goodbye").add("Message", "Thanks for all the fish."));
        s.closeAfterFlush();
      }
      case "ping" ->
          s.send(
              success(m)
                  .add("Ping", "Pong")
                  .add(
                      "Timestamp",
                      String.format(
                          Locale.ROOT,
                          "%d.%06d",
                          sim.clock().now().getEpochSecond(),
                          sim.clock().now().getNano() / 1000)));
      case "coresettings" -> coreSettings(s, m);
      case "corestatus" -> coreStatus(s, m);
      case "coreshowchannels" -> queueActions.coreShowChannels(s, m);
      case "queuestatus" -> queueActions.queueStatus(s, m);
      case "queuesummary" -> queueActions.queueSummary(s, m);
      case "queueadd" -> queueActions.queueAdd(s, m);
      case "queueremove" -> queueActions.queueRemove(s, m);
      case "queuepause" -> queueActions.queuePause(s, m);
      case "queuepenalty" -> queueActions.queuePenalty(s, m);
      case "queuereload" -> {
        sim.reloadQueues();
        s.send(success(m, "Queue reloaded successfully."));
      }
      case "originate" -> originate(s, m);
      case "hangup" -> hangup(s, m);
      case "redirect" -> queueActions.redirect(s, m, dialplan);
      case "bridge" -> bridge(s, m);
      case "setvar" -> setvar(s, m);
      case "getvar" -> getvar(s, m);
      case "mixmonitor" -> mixMonitor(s, m, true);
      case "stopmixmonitor" -> mixMonitor(s, m, false);
      case "command" -> command(s, m);
      case "dbput" -> dbPut(s, m);
      case "dbdel" -> dbDel(s, m);
      case "events" -> {
        String mask = m.get("EventMask");
        s.eventsOn = mask == null || !mask.trim().equalsIgnoreCase("off");
        s.send(reply(m, s.eventsOn ? "Events On" : "Events Off"));
      }
      default ->
          s.send(
              error(
                  m,
                  "Invalid/unknown command: "
                      + action
                      + ". Use Action: ListCommands to show available commands."));
    }
  }

  // ---- Replies in Asterisk's shape: Response, ActionID (when the request had one), then the rest.

  static AmiMessage reply(AmiMessage request, String response) {
    AmiMessage r = AmiMessage.of("Response", response);
    String id = request.get("ActionID");
    if (id != null) {
      r.add("ActionID", id);
    }
    return r;
  }

  static AmiMessage success(AmiMessage request) {
    return reply(request, "Success");
  }

  static AmiMessage success(AmiMessage request, String message) {
    return success(request).add("Message", message);
  }

  static AmiMessage error(AmiMessage request, String message) {
    return reply(request, "Error").add("Message", message);
  }

  private void challenge(AmiSession s, AmiMessage m) {
    String type = m.get("AuthType");
    if (type == null || !type.equalsIgnoreCase("md5")) {
      s.send(error(m, "Must specify AuthType"));
      return;
    }
    if (s.challenge == null) {
      s.challenge = Long.toString(100_000_000L + sim.random().strategy.nextInt(900_000_000));
    }
    s.send(success(m).add("Challenge", s.challenge));
  }

  private void login(AmiSession s, AmiMessage m) {
    if (s.authenticated) {
      s.send(success(m, "Already authenticated"));
      return;
    }
    String user = m.get("Username");
    SimSettings settings = sim.settings();
    boolean ok = user != null && user.equals(settings.username());
    if (ok) {
      String key = m.get("Key");
      String secret = m.get("Secret");
      if (key != null && s.challenge != null && "md5".equalsIgnoreCase(m.get("AuthType"))) {
        ok = md5(s.challenge + settings.secret()).equalsIgnoreCase(key.trim());
      } else {
        ok = secret != null && secret.equals(settings.secret());
      }
    }
    if (!ok) {
      // Asterisk answers, then drops the connection.
      s.send(error(m, "Authentication failed"));
      s.closeAfterFlush();
      return;
    }
    s.authenticated = true;
    s.username = user;
    String events = m.get("Events");
    s.eventsOn = events == null || !events.trim().equalsIgnoreCase("off");
    s.send(success(m, "Authentication accepted"));
    String tv = sim.clock().now().toString().replace("Z", "+0000");
    AmiMessage booted =
        AmiMessage.of("Event", "FullyBooted")
            .add("Privilege", "system,all")
            .add("Uptime", sim.clock().elapsedMillis() / 1000)
            .add("LastReload", sim.clock().elapsedMillis() / 1000)
            .add("Status", "Fully Booted");
    AmiMessage auth =
        AmiMessage.of("Event", "SuccessfulAuth")
            .add("Privilege", "security,all")
            .add("EventTV", tv)
            .add("Severity", "Informational")
            .add("Service", "AMI")
            .add("EventVersion", 1)
            .add("AccountID", user)
            .add("SessionID", String.format("0x%012x", s.id()))
            .add("LocalAddress", "IPV4/TCP/" + s.localAddress())
            .add("RemoteAddress", "IPV4/TCP/" + s.remoteAddress())
            .add("UsingPassword", 0)
            .add("SessionTV", tv);
    if (s.eventsOn) {
      s.send(booted);
      s.send(auth);
    }
  }

  static String md5(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 missing from the JDK", e);
    }
  }

  private void coreSettings(AmiSession s, AmiMessage m) {
    s.send(
        success(m)
            .add("AMIversion", "11.0.0")
            .add("AsteriskVersion", "22.10.1")
            .add("SystemName", "")
            .add("CoreMaxCalls", 0)
            .add("CoreMaxLoadAvg", "0.000000")
            .add("CoreRunUser", "")
            .add("CoreRunGroup", "")
            .add("CoreMaxFilehandles", 0)
            .add("CoreRealTimeEnabled", "No")
            .add("CoreCDRenabled", "Yes")
            .add("CoreHTTPenabled", "No")
            .add("SoundsSearchCustomDir", "No"));
  }

  private void coreStatus(AmiSession s, AmiMessage m) {
    var start = sim.clock().instantAt(0).atOffset(java.time.ZoneOffset.UTC);
    String date = start.toLocalDate().toString();
    String time = start.toLocalTime().withNano(0).toString();
    s.send(
        success(m)
            .add("CoreStartupDate", date)
            .add("CoreStartupTime", time)
            .add("CoreReloadDate", date)
            .add("CoreReloadTime", time)
            .add("CoreCurrentCalls", model.channels.size())
            .add("CoreProcessedCalls", model.processedCalls()));
  }

  private void originate(AmiSession s, AmiMessage m) {
    String channel = m.get("Channel");
    if (channel == null || channel.isBlank()) {
      s.send(error(m, "Channel not specified"));
      return;
    }
    if (channel.indexOf('/') <= 0) {
      s.send(error(m, "Invalid channel"));
      return;
    }
    String exten = m.get("Exten");
    String context = m.get("Context");
    if (m.get("Application") == null && (exten == null || context == null)) {
      s.send(error(m, "Exten not specified"));
      return;
    }
    String callerId = m.get("CallerID");
    String cidName = null;
    String cidNum = null;
    if (callerId != null && !callerId.isBlank()) {
      int lt = callerId.indexOf('<');
      if (lt >= 0 && callerId.indexOf('>') > lt) {
        cidName = callerId.substring(0, lt).trim().replace("\"", "");
        cidNum = callerId.substring(lt + 1, callerId.indexOf('>'));
      } else {
        cidNum = callerId.trim();
        cidName = cidNum;
      }
    }
    boolean async =
        "true".equalsIgnoreCase(m.get("Async")) || "yes".equalsIgnoreCase(m.get("Async"));
    long timeout = (long) Dialplan.number(m.get("Timeout"), 30000);
    Dialplan.Originate o =
        new Dialplan.Originate(
            m.get("ActionID"),
            channel,
            context,
            exten,
            cidName,
            cidNum,
            timeout,
            m.get("Account"),
            Dialplan.parseVariables(m.getAll("Variable")),
            s,
            async,
            blankToNull(m.get("Application")),
            m.get("Data"));
    if (async) {
      s.send(success(m, "Originate successfully queued"));
    }
    dialplan.originate(o);
  }

  private void hangup(AmiSession s, AmiMessage m) {
    String name = m.get("Channel");
    if (name == null || name.isBlank()) {
      s.send(error(m, "No channel specified"));
      return;
    }
    SimChannel ch = model.channels.get(name);
    if (ch == null) {
      s.send(error(m, "No such channel"));
      return;
    }
    int cause = (int) Dialplan.number(m.get("Cause"), 16);
    s.send(success(m, "Channel Hungup"));
    SimChannel peer = ch.peer;
    model.hangup(ch, cause);
    if (peer != null && !peer.hungUp && peer.onHangup == null) {
      model.hangup(peer, cause);
    }
  }

  private void setvar(AmiSession s, AmiMessage m) {
    String variable = m.get("Variable");
    if (variable == null || variable.isBlank()) {
      s.send(error(m, "No variable specified"));
      return;
    }
    String name = m.get("Channel");
    String value = m.get("Value") == null ? "" : m.get("Value");
    if (name == null || name.isBlank()) {
      s.send(success(m, "Variable Set"));
      return;
    }
    SimChannel ch = model.channels.get(name);
    if (ch == null) {
      s.send(error(m, "No such channel"));
      return;
    }
    s.send(success(m, "Variable Set"));
    model.varSet(ch, variable, value);
  }

  private void getvar(AmiSession s, AmiMessage m) {
    String variable = m.get("Variable");
    if (variable == null || variable.isBlank()) {
      s.send(error(m, "No variable specified"));
      return;
    }
    String name = m.get("Channel");
    String value = "";
    if (name != null && !name.isBlank()) {
      SimChannel ch = model.channels.get(name);
      if (ch == null) {
        s.send(error(m, "No such channel"));
        return;
      }
      value = ch.variable(variable) == null ? "" : ch.variable(variable);
    }
    s.send(success(m).add("Variable", variable).add("Value", value));
  }

  private void mixMonitor(AmiSession s, AmiMessage m, boolean start) {
    String name = m.get("Channel");
    SimChannel ch = name == null ? null : model.channels.get(name);
    if (ch == null) {
      s.send(error(m, name == null || name.isBlank() ? "No channel specified" : "No such channel"));
      return;
    }
    if (start) {
      s.send(success(m));
      model.varSet(ch, "MIXMONITOR_FILENAME", m.get("File") == null ? "" : m.get("File"));
      model.emit(
          AmiMessage.of("Event", "MixMonitorStart")
              .add("Privilege", "call,all")
              .addAll(ch.block("")));
    } else {
      s.send(success(m, "Stopped MixMonitor on channel"));
      model.emit(
          AmiMessage.of("Event", "MixMonitorStop")
              .add("Privilege", "call,all")
              .addAll(ch.block("")));
    }
  }

  private List<String> dialplanReload() {
    try {
      sim.reloadIvr();
      return List.of("Dialplan reloaded.");
    } catch (RuntimeException e) {
      // Asterisk keeps the old dialplan when the new one does not parse.
      return List.of("Dialplan not reloaded: " + e.getMessage());
    }
  }

  private void command(AmiSession s, AmiMessage m) {
    String command = m.get("Command") == null ? "" : m.get("Command").trim();
    List<String> output =
        switch (command.toLowerCase(Locale.ROOT)) {
          case "core show version" ->
              List.of(
                  "Asterisk 22.10.1 built by blenddialer (PBX simulator) on a x86_64 running Linux");
          case "core show uptime" ->
              List.of("System uptime: " + sim.clock().elapsedMillis() / 1000 + " seconds");
          case "queue reload all" -> List.of();
          case "dialplan reload" -> dialplanReload();
          default ->
              command.toLowerCase(Locale.ROOT).startsWith("database show")
                  ? databaseShow(command.substring("database show".length()).trim())
                  : List.of(
                      "No such command '"
                          + command
                          + "' (type 'core show help "
                          + command
                          + "' for other possible commands)");
        };
    AmiMessage r = success(m, "Command output follows");
    for (String line : output) {
      r.add("Output", line);
    }
    s.send(r);
  }

  /**
   * {@code database show [family [keytree]]} (or {@code family/keytree}), as Asterisk prints it.
   */
  private List<String> databaseShow(String args) {
    String[] parts = args.isEmpty() ? new String[0] : args.split("\\s+");
    if (parts.length > 2) {
      return List.of(
          "Usage: database show [family [keytree]]",
          "   OR: database show [family[/keytree]]",
          "       Shows Asterisk database contents, optionally restricted",
          "       to a given family, or family and keytree. The two arguments",
          "       may be separated either by a space or by a slash.");
    }
    String prefix = parts.length == 0 ? "" : "/" + String.join("/", parts);
    return sim.astdb().show(prefix);
  }

  /** DBPut: writes one AstDB entry. */
  private void dbPut(AmiSession s, AmiMessage m) {
    if (missingFamilyOrKey(s, m, "")) {
      return;
    }
    String val = m.get("Val");
    sim.astdb().put(m.get("Family"), m.get("Key"), val == null ? "" : val);
    s.send(success(m, "Updated database successfully"));
  }

  /** DBDel: deletes one AstDB entry. */
  private void dbDel(AmiSession s, AmiMessage m) {
    if (missingFamilyOrKey(s, m, ".")) {
      return;
    }
    if (sim.astdb().delete(m.get("Family"), m.get("Key"))) {
      s.send(success(m, "Key deleted successfully"));
    } else {
      s.send(error(m, "Database entry not found"));
    }
  }

  /**
   * Answers Asterisk's error for a DB action without its Family or Key (DBPut words it without a
   * full stop, DBDel with one); true when it did.
   */
  private static boolean missingFamilyOrKey(AmiSession s, AmiMessage m, String stop) {
    String family = m.get("Family");
    if (family == null || family.isEmpty()) {
      s.send(error(m, "No family specified" + stop));
      return true;
    }
    String key = m.get("Key");
    if (key == null || key.isEmpty()) {
      s.send(error(m, "No key specified" + stop));
      return true;
    }
    return false;
  }

  /** Bridge: joins two existing channels, pulling each out of wherever it is. */
  private void bridge(AmiSession s, AmiMessage m) {
    String one = m.get("Channel1");
    String two = m.get("Channel2");
    if (one == null || one.isBlank()) {
      s.send(error(m, "Channel1 not specified"));
      return;
    }
    if (two == null || two.isBlank()) {
      s.send(error(m, "Channel2 not specified"));
      return;
    }
    SimChannel first = model.channels.get(one.trim());
    if (first == null) {
      s.send(error(m, "Channel1 does not exist: " + one.trim()));
      return;
    }
    SimChannel second = model.channels.get(two.trim());
    if (second == null) {
      s.send(error(m, "Channel2 does not exist: " + two.trim()));
      return;
    }
    s.send(success(m, "Channels have been bridged"));
    dialplan.control.bridge(first, second);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
