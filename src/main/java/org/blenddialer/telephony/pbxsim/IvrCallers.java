package org.blenddialer.telephony.pbxsim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Callers who reach a voice menu: their channel runs the loaded dialplan (the same generated text a
 * real Asterisk includes), they press the keys they were given (DTMFBegin/DTMFEnd as Asterisk
 * reports them) and end in a queue, a message or a hang-up. Runs on the model thread.
 */
final class IvrCallers {

  /** Seconds a greeting or message plays; seconds a caller takes to press a key. */
  static final double PROMPT_SECONDS = 2.0;

  static final double KEY_SECONDS = 1.0;

  private final PbxModel model;
  private final AppQueue appQueue;
  private final PbxSimulator sim;
  private IvrDialplan dialplan = IvrDialplan.empty();
  private Supplier<String> source;
  private int callers;
  private final java.util.Map<String, PbxSimulator.Timer> traffic = new java.util.HashMap<>();
  private final java.util.Map<String, Deque<String>> planned = new java.util.HashMap<>();
  private final DirectCalls directCalls;

  IvrCallers(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
    this.sim = model.sim;
    this.directCalls = new DirectCalls(model, appQueue);
  }

  /** Where "dialplan reload" reads the text from. */
  void setSource(Supplier<String> source) {
    this.source = source;
  }

  /** Re-reads the dialplan from its source; false (and the old plan kept) when none is set. */
  boolean reload() {
    if (source == null) {
      return false;
    }
    load(source.get());
    return true;
  }

  void load(String text) {
    dialplan = IvrDialplan.parse(text);
  }

  IvrDialplan dialplan() {
    return dialplan;
  }

  /** Poisson callers into a menu context, each pressing one of the key paths (uniformly drawn). */
  void setTraffic(String context, double perHour, List<List<String>> paths) {
    sim.cancel(traffic.remove(context));
    if (perHour <= 0 || paths.isEmpty()) {
      return;
    }
    List<List<String>> copy = paths.stream().map(List::copyOf).toList();
    scheduleArrival(context, perHour, copy);
  }

  private void scheduleArrival(String context, double perHour, List<List<String>> paths) {
    double gap = RandomStreams.exponential(sim.random().arrivals, 3600.0 / perHour);
    traffic.put(
        context,
        sim.schedule(
            gap,
            () -> {
              List<String> keys = paths.get(sim.random().outcomes.nextInt(paths.size()));
              try {
                call(context, null, keys, -1);
              } catch (IllegalArgumentException e) {
                // the menu went away in a reload: no more callers for it
                traffic.remove(context);
                return;
              }
              scheduleArrival(context, perHour, paths);
            }));
  }

  /** A channel running menu dialplan, with what its caller will press. */
  private final class Caller {
    final SimChannel ch;
    final IvrRun run;
    final Deque<String> keys;
    final double patience;
    final boolean hangUpWhenOutOfKeys;

    Caller(SimChannel ch, IvrRun run, Deque<String> keys, double patience, boolean hangUp) {
      this.ch = ch;
      this.run = run;
      this.keys = keys;
      this.patience = patience;
      this.hangUpWhenOutOfKeys = hangUp;
    }
  }

  /** A caller on the trunk reaches the menu context and presses {@code keys} ("t": none). */
  String call(String context, String callerNumber, List<String> keys, double patienceSeconds) {
    if (!dialplan.has(context, "s")) {
      throw new IllegalArgumentException("no menu context " + context + " in the loaded dialplan");
    }
    String number = callerNumber == null ? "556" + String.format("%07d", ++callers) : callerNumber;
    SimChannel ch = model.newSingle("PJSIP/trunk", context, "s");
    ch.callerIdNum = number;
    ch.callerIdName = number;
    ch.connectedNum = number;
    ch.connectedName = number;
    model.newstate(ch, SimChannel.RING);
    model.newstate(ch, SimChannel.UP);
    start(ch, context, "s", new ArrayDeque<>(keys), patienceSeconds, true);
    return ch.name;
  }

  /** What a caller already in a queue will press if the service sends them to a menu. */
  void plan(String channel, List<String> keys) {
    planned.put(channel, new ArrayDeque<>(keys));
  }

  /** True when a Redirect to this place runs menu dialplan. */
  boolean handles(String context, String exten) {
    return dialplan.has(context, exten);
  }

  /** A Redirect brought a channel here: it runs the dialplan with its caller's planned keys. */
  void redirected(SimChannel ch, String context, String exten) {
    Deque<String> keys = planned.remove(ch.name);
    // A caller with nothing planned just listens (no key): the menu's timeout applies.
    start(ch, context, exten, keys == null ? new ArrayDeque<>() : keys, -1, false);
  }

  /** Context a queue's callers go to after their agent hung up (exten = the queue). */
  static final String AFTER_QUEUE_CONTEXT = "dialer-survey";

  /**
   * After the agent hung up: the caller runs the survey for their queue (an outbound call: for its
   * campaign) if the dialplan has one (answering with the keys planned for them); true when it took
   * the caller.
   */
  boolean afterAgent(QueueCall call) {
    // [dialer-outbound] (a campaign's call) looks for campaign-<id>, [inbound] for the queue.
    String campaign = call.caller.variable("DIALER_CAMPAIGN");
    boolean outbound = call.caller.variable("DIALER_ATTEMPT_ID") != null;
    String queue = outbound ? "campaign-" + campaign : call.queue.name();
    if ((outbound && campaign == null)
        || !dialplan.has(AFTER_QUEUE_CONTEXT, queue)
        || call.caller.hungUp) {
      return false;
    }
    SimChannel ch = call.caller;
    // After the bridge is gone: the model finishes the queue call first.
    sim.schedule(
        0,
        () -> {
          if (ch.hungUp) {
            return;
          }
          Deque<String> keys = planned.remove(ch.name);
          start(
              ch, AFTER_QUEUE_CONTEXT, queue, keys == null ? new ArrayDeque<>() : keys, -1, false);
        });
    return true;
  }

  /** An Originate's called party answered into a context of the menu dialplan. */
  void answered(SimChannel lead, SimChannel far, String context, String exten) {
    Runnable both =
        () -> {
          model.hangup(lead, 16);
          model.hangup(far, 16);
        };
    if (far != null) {
      far.onHangup = both;
    }
    start(lead, context, exten, new ArrayDeque<>(), -1, false);
  }

  private void start(
      SimChannel ch,
      String context,
      String exten,
      Deque<String> keys,
      double patience,
      boolean hangUpWhenOutOfKeys) {
    IvrRun run =
        new IvrRun(
                dialplan,
                sim.settings().inboundContext(),
                context,
                exten,
                ch.variables,
                (name, value) -> model.varSet(ch, name, value))
            .withCallerNumber(ch.callerIdNum);
    ch.onHangup = keys::clear;
    Caller c = new Caller(ch, run, keys, patience, hangUpWhenOutOfKeys);
    follow(c, run.advance(sim.clock().now()));
  }

  private void later(Caller c, double seconds, java.util.function.Supplier<IvrRun.Pause> next) {
    sim.schedule(
        seconds,
        () -> {
          if (!c.ch.hungUp) {
            follow(c, next.get());
          }
        });
  }

  private void follow(Caller c, IvrRun.Pause pause) {
    SimChannel ch = c.ch;
    IvrRun run = c.run;
    if (ch.hungUp) {
      return;
    }
    ch.context = run.context();
    ch.exten = run.exten();
    ch.priority = run.priority();
    switch (pause.kind()) {
      case PLAYING -> {
        ch.application = "Playback";
        ch.applicationData = pause.what();
        later(c, PROMPT_SECONDS, () -> run.advance(sim.clock().now()));
      }
      case WAITING_FOR_KEY -> {
        ch.application = "WaitExten";
        ch.applicationData = Double.toString(pause.seconds());
        String key = c.keys.poll();
        if (key == null && c.hangUpWhenOutOfKeys) {
          // Out of keys: the caller gives up and hangs up.
          sim.schedule(KEY_SECONDS, () -> model.hangup(ch, 16));
        } else if (key == null || key.equals("t")) {
          later(c, pause.seconds(), () -> run.timeout(sim.clock().now()));
        } else {
          later(
              c,
              KEY_SECONDS,
              () -> {
                dtmf(ch, key.substring(0, 1));
                return run.key(key.substring(0, 1), sim.clock().now());
              });
        }
      }
      case READING -> {
        ch.application = "Read";
        ch.applicationData = pause.what();
        String digits = c.keys.poll();
        String typed = digits == null ? "#" : digits;
        later(
            c,
            PROMPT_SECONDS + KEY_SECONDS,
            () -> {
              typed.chars().forEach(d -> dtmf(ch, String.valueOf((char) d)));
              return run.read(typed, sim.clock().now());
            });
      }
      case DIALING -> {
        ch.application = "Dial";
        ch.applicationData = pause.what();
        directCalls.dial(
            ch,
            pause.what(),
            pause.seconds(),
            status -> {
              if (!ch.hungUp) {
                follow(c, run.dialed(status, sim.clock().now()));
              }
            });
      }
      case TO_QUEUE -> {
        SimQueue q = model.queues.get(pause.what());
        ch.onHangup = null;
        if (q == null) {
          model.hangup(ch, 1);
          return;
        }
        ch.context = sim.settings().inboundContext();
        ch.exten = q.name();
        double wait =
            c.patience >= 0
                ? c.patience
                : RandomStreams.exponential(sim.random().patience, q.settings.patienceSeconds());
        appQueue.join(q, ch, wait, q.settings.maxWaitSeconds());
      }
      case HUNG_UP -> {
        ch.onHangup = null;
        model.hangup(ch, 16);
        model.hangup(ch.peer, 16);
      }
    }
  }

  void dtmf(SimChannel ch, String digit) {
    model.emit(
        AmiMessage.of("Event", "DTMFBegin")
            .add("Privilege", "dtmf,all")
            .addAll(ch.block(""))
            .add("Digit", digit)
            .add("Direction", "Received"));
    model.emit(
        AmiMessage.of("Event", "DTMFEnd")
            .add("Privilege", "dtmf,all")
            .addAll(ch.block(""))
            .add("Digit", digit)
            .add("DurationMs", 120)
            .add("Direction", "Received"));
  }
}
