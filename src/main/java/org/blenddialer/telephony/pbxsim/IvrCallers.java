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

  IvrCallers(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
    this.sim = model.sim;
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
    Deque<String> pending = new ArrayDeque<>(keys);
    IvrRun run =
        new IvrRun(
            dialplan,
            sim.settings().inboundContext(),
            context,
            "s",
            ch.variables,
            (name, value) -> model.varSet(ch, name, value));
    ch.onHangup = () -> pending.clear();
    follow(ch, run, run.advance(sim.clock().now()), pending, patienceSeconds);
    return ch.name;
  }

  private void follow(
      SimChannel ch, IvrRun run, IvrRun.Pause pause, Deque<String> keys, double patience) {
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
        sim.schedule(
            PROMPT_SECONDS,
            () -> {
              if (!ch.hungUp) {
                follow(ch, run, run.advance(sim.clock().now()), keys, patience);
              }
            });
      }
      case WAITING_FOR_KEY -> {
        ch.application = "WaitExten";
        ch.applicationData = Double.toString(pause.seconds());
        if (keys.isEmpty()) {
          // Out of keys: the caller gives up and hangs up.
          sim.schedule(KEY_SECONDS, () -> model.hangup(ch, 16));
          return;
        }
        String key = keys.poll();
        if (key.equals("t")) {
          sim.schedule(
              pause.seconds(),
              () -> {
                if (!ch.hungUp) {
                  follow(ch, run, run.timeout(sim.clock().now()), keys, patience);
                }
              });
          return;
        }
        sim.schedule(
            KEY_SECONDS,
            () -> {
              if (ch.hungUp) {
                return;
              }
              dtmf(ch, key);
              follow(ch, run, run.key(key, sim.clock().now()), keys, patience);
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
            patience >= 0
                ? patience
                : RandomStreams.exponential(sim.random().patience, q.settings.patienceSeconds());
        appQueue.join(q, ch, wait, q.settings.maxWaitSeconds());
      }
      case HUNG_UP -> {
        ch.onHangup = null;
        model.hangup(ch, 16);
      }
    }
  }

  private void dtmf(SimChannel ch, String digit) {
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
