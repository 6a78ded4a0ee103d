package org.blenddialer.telephony.ami;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.asteriskjava.manager.action.BridgeAction;
import org.asteriskjava.manager.action.CommandAction;
import org.asteriskjava.manager.action.DbDelAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.MixMonitorAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.action.StopMixMonitorAction;
import org.blenddialer.telephony.OriginateRequest;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxCommandRejectedException;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxLinkStatus;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.QueueMembership;
import org.blenddialer.telephony.SpyMode;
import org.blenddialer.telephony.TransferTarget;
import org.jboss.logging.Logger;

/**
 * The {@link Pbx} port over AMI through asterisk-java, one {@link AmiLink} per configured server.
 * Nothing of asterisk-java leaves this package.
 */
public final class AmiPbx implements Pbx, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(AmiPbx.class);

  private final Map<String, AmiLink> links = new LinkedHashMap<>();
  private final List<Consumer<PbxEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService lifecycle;

  public AmiPbx(List<PbxServer> servers, AmiLinkSettings settings, InstantSource clock) {
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("at least one PBX server is needed");
    }
    this.lifecycle =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pbx-links");
              t.setDaemon(true);
              return t;
            });
    for (PbxServer server : servers) {
      if (links.containsKey(server.name())) {
        throw new IllegalArgumentException("PBX server named twice: " + server.name());
      }
      links.put(server.name(), new AmiLink(server, settings, clock, this::publish, lifecycle));
    }
  }

  /** Connects every link (in the background: readiness tells when each is usable). */
  public void start() {
    links.values().forEach(AmiLink::start);
  }

  @Override
  public void close() {
    links.values().forEach(AmiLink::stop);
    lifecycle.shutdownNow();
  }

  private void publish(PbxEvent event) {
    for (Consumer<PbxEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("PBX event listener failed", e);
      }
    }
  }

  @Override
  public Subscription subscribe(Consumer<PbxEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public List<PbxLinkStatus> links() {
    List<PbxLinkStatus> out = new ArrayList<>();
    links.values().forEach(l -> out.add(l.status()));
    return out;
  }

  @Override
  public boolean isReady(String server) {
    AmiLink l = links.get(server);
    return l != null && l.status().ready();
  }

  @Override
  public String defaultServer() {
    return links.keySet().iterator().next();
  }

  /** AMI events received from a server so far (for the benchmark). */
  public long eventsReceived(String server) {
    return link(server).eventsReceived();
  }

  private AmiLink link(String server) {
    AmiLink l = links.get(server);
    if (l == null) {
      throw new IllegalArgumentException("no PBX server named '" + server + "'");
    }
    return l;
  }

  @Override
  public void originate(OriginateRequest r) {
    originateInto(r, link(r.server()).server().outboundContext(), "s");
  }

  @Override
  public void originateInto(OriginateRequest r, String context, String exten) {
    AmiLink l = link(r.server());
    PbxServer s = l.server();
    OriginateAction o = new OriginateAction();
    o.setActionId(r.attemptId());
    o.setChannel(s.dialString(r.trunk(), r.number()));
    o.setContext(context);
    o.setExten(exten);
    o.setPriority(1);
    o.setAsync(true);
    o.setTimeout(r.ringTimeout().toMillis());
    if (!r.callerId().isEmpty()) {
      o.setCallerId(r.callerId());
    }
    Map<String, String> vars = new HashMap<>(r.variables());
    vars.put(AmiEventTranslator.ATTEMPT_VARIABLE, r.attemptId());
    vars.put("DIALER_QUEUE", r.campaignQueue());
    o.setVariables(vars);
    l.send("Originate", o);
  }

  @Override
  public void hangup(String server, String channel) {
    link(server).send("Hangup", new HangupAction(channel));
  }

  @Override
  public void addQueueMember(String server, QueueMembership m) {
    QueueAddAction a = new QueueAddAction(m.queue(), m.agentInterface(), m.penalty());
    a.setMemberName(m.memberName());
    a.setPaused(m.paused());
    link(server).send("QueueAdd", a);
  }

  @Override
  public void removeQueueMember(String server, String queue, String agentInterface) {
    link(server).send("QueueRemove", new QueueRemoveAction(queue, agentInterface));
  }

  @Override
  public void setQueueMemberPenalty(
      String server, String queue, String agentInterface, int penalty) {
    link(server)
        .send(
            "QueuePenalty",
            new org.asteriskjava.manager.action.QueuePenaltyAction(agentInterface, penalty, queue));
  }

  @Override
  public void pauseQueueMember(
      String server, String queue, String agentInterface, boolean paused, String reason) {
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("pause is per queue: name the queue");
    }
    QueuePauseAction a = new QueuePauseAction(agentInterface, queue, paused);
    if (reason != null && !reason.isBlank()) {
      a.setReason(reason);
    }
    link(server).send("QueuePause", a);
  }

  @Override
  public void redirect(String server, String channel, String context, String exten) {
    link(server).send("Redirect", new RedirectAction(channel, context, exten, 1));
  }

  @Override
  public void playMessage(String server, String channel, String sound) {
    AmiLink l = link(server);
    l.send("Setvar", new SetVarAction(channel, "DIALER_SOUND", sound));
    l.send("Redirect", new RedirectAction(channel, l.server().playContext(), "s", 1));
  }

  @Override
  public void startRecording(String server, String channel, String file) {
    link(server).send("MixMonitor", new MixMonitorAction(channel, file));
  }

  @Override
  public void stopRecording(String server, String channel) {
    link(server).send("StopMixMonitor", new StopMixMonitorAction(channel));
  }

  @Override
  public void spy(String server, String supervisorDevice, String agentDevice, SpyMode mode) {
    OriginateAction o = new OriginateAction();
    o.setChannel(supervisorDevice);
    o.setApplication("ChanSpy");
    // ChanSpy matches channel names by prefix; a Local device's /n suffix is not in the name.
    String prefix =
        agentDevice.endsWith("/n")
            ? agentDevice.substring(0, agentDevice.length() - 2)
            : agentDevice;
    o.setData(prefix + "," + mode.chanSpyOptions());
    o.setCallerId("Supervisor <" + mode.name().toLowerCase(java.util.Locale.ROOT) + ">");
    o.setAsync(true);
    o.setTimeout(30000L);
    link(server).send("Originate", o);
  }

  @Override
  public String reloadDialplan(String server) {
    return command(server, "dialplan reload");
  }

  @Override
  public String reloadQueues(String server) {
    // The AMI action, not the CLI command: a Command with no output breaks asterisk-java's reader.
    var response = link(server).send("QueueReload", new QueueReloadAction());
    return String.valueOf(response.getMessage());
  }

  @Override
  public Map<String, String> databaseEntries(String server, String family) {
    requireDatabaseName(family, "family");
    return parseDatabaseShow(family, command(server, "database show " + family));
  }

  @Override
  public boolean deleteDatabaseEntry(String server, String family, String key) {
    requireDatabaseName(family, "family");
    requireDatabaseName(key, "key");
    try {
      link(server).send("DBDel", new DbDelAction(family, key));
      return true;
    } catch (PbxCommandRejectedException e) {
      if (String.valueOf(e.getMessage()).contains("not found")) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Reads {@code database show <family>} output: one {@code /family/key : value} line per entry
   * (key and value padded with spaces), then {@code N results found.}; other lines are skipped.
   */
  static Map<String, String> parseDatabaseShow(String family, String output) {
    java.util.regex.Pattern line =
        java.util.regex.Pattern.compile(
            "^/" + java.util.regex.Pattern.quote(family) + "/(\\S+?)\\s*: (.*?)\\s*$");
    Map<String, String> entries = new LinkedHashMap<>();
    for (String l : output.split("\\R")) {
      java.util.regex.Matcher m = line.matcher(l);
      if (m.matches()) {
        entries.put(m.group(1), m.group(2));
      }
    }
    return entries;
  }

  /** Family and key names go into a CLI command line: no spaces or control characters. */
  private static void requireDatabaseName(String name, String what) {
    if (name == null || name.isEmpty() || !name.matches("[A-Za-z0-9_.+@=-]+")) {
      throw new IllegalArgumentException("invalid AstDB " + what + ": " + name);
    }
  }

  private String command(String server, String command) {
    CommandAction reload = new CommandAction(command);
    var response = link(server).send("Command", reload);
    if (response instanceof org.asteriskjava.manager.response.CommandResponse c
        && c.getResult() != null) {
      return String.join("\n", c.getResult());
    }
    return String.valueOf(response.getMessage());
  }

  // ---- Agent call control. The contexts are in asterisk-config/extensions.conf.

  /** Music on hold for a caller the agent put on hold. */
  static final String HOLD_CONTEXT = "dialer-hold";

  /** Where the agent's channel waits, silent, while the caller is on hold. */
  static final String AGENT_HOLD_CONTEXT = "dialer-agent-hold";

  /** ConfBridge rooms, one extension per room. */
  static final String CONFERENCE_CONTEXT = "dialer-conference";

  /** The context whose extensions are the inbound queues. */
  static final String QUEUE_CONTEXT = "inbound";

  @Override
  public void hold(String server, String callerChannel, String agentChannel) {
    RedirectAction r = new RedirectAction(callerChannel, HOLD_CONTEXT, "s", 1);
    r.setExtraChannel(agentChannel);
    r.setExtraContext(AGENT_HOLD_CONTEXT);
    r.setExtraExten("s");
    r.setExtraPriority(1);
    link(server).send("Redirect", r);
  }

  @Override
  public void bridge(String server, String channel1, String channel2) {
    link(server).send("Bridge", new BridgeAction(channel1, channel2, false));
  }

  @Override
  public void dialAndBridge(
      String server, String legId, TransferTarget target, String bridgeTo, String callerId) {
    OriginateAction o = consultation(server, legId, target, callerId);
    o.setApplication("Bridge");
    o.setData(bridgeTo);
    link(server).send("Originate", o);
  }

  @Override
  public void sendToQueue(String server, String channel, String queue) {
    link(server).send("Redirect", new RedirectAction(channel, QUEUE_CONTEXT, queue, 1));
  }

  @Override
  public void conference(String server, String room, String channel, String extraChannel) {
    RedirectAction r = new RedirectAction(channel, CONFERENCE_CONTEXT, room, 1);
    if (extraChannel != null) {
      r.setExtraChannel(extraChannel);
      r.setExtraContext(CONFERENCE_CONTEXT);
      r.setExtraExten(room);
      r.setExtraPriority(1);
    }
    link(server).send("Redirect", r);
  }

  @Override
  public void dialIntoConference(
      String server, String legId, TransferTarget target, String room, String callerId) {
    OriginateAction o = consultation(server, legId, target, callerId);
    o.setContext(CONFERENCE_CONTEXT);
    o.setExten(room);
    o.setPriority(1);
    link(server).send("Originate", o);
  }

  private OriginateAction consultation(
      String server, String legId, TransferTarget target, String callerId) {
    PbxServer s = link(server).server();
    OriginateAction o = new OriginateAction();
    o.setActionId(legId);
    o.setChannel(
        switch (target.kind()) {
          case AGENT -> target.address();
          case QUEUE -> "Local/" + target.address() + "@" + QUEUE_CONTEXT;
          case EXTERNAL -> s.dialString(target.trunk(), target.address());
        });
    o.setAsync(true);
    o.setTimeout(30000L);
    if (callerId != null && !callerId.isBlank()) {
      o.setCallerId(callerId);
    }
    return o;
  }
}
