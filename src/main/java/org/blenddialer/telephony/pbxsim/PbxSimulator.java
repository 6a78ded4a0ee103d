package org.blenddialer.telephony.pbxsim;

import java.io.IOException;
import java.time.InstantSource;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PBX that speaks AMI the way Asterisk 22 does, simulating trunks, app_queue, agent phones and
 * called parties in real time (optionally sped up). An object with its own clock, event list and
 * seeded random streams: several can run side by side. All simulated state lives on one model
 * thread; AMI sessions and the API below hand work to it.
 */
public final class PbxSimulator implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PbxSimulator.class.getName());

  /** A scheduled piece of simulated work; cancelled timers are skipped. */
  static final class Timer implements Comparable<Timer> {
    final long dueMillis;
    final long seq;
    final Runnable work;
    boolean cancelled;

    Timer(long dueMillis, long seq, Runnable work) {
      this.dueMillis = dueMillis;
      this.seq = seq;
      this.work = work;
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(dueMillis, o.dueMillis);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final SimSettings settings;
  private final InstantSource wallClock;
  private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private SimClock clock;
  private RandomStreams random;
  private PbxModel model;
  private AppQueue appQueue;
  private Dialplan dialplan;
  private IvrCallers ivr;
  private volatile java.util.function.Supplier<String> dialplanSource;
  // Kept across restarts, as Asterisk keeps astdb.sqlite3; used on the model thread only.
  private final AstDb astdb = new AstDb();
  private volatile java.util.function.Supplier<String> queueConfigSource;
  private AmiServer server;
  private Thread loop;
  private volatile boolean running;
  private volatile int port;
  private long timerSeq;

  public PbxSimulator(SimSettings settings, InstantSource wallClock) {
    this.settings = settings;
    this.wallClock = wallClock;
  }

  /** Starts the model thread and the AMI listener; returns the port it listens on. */
  public synchronized int start() throws IOException {
    if (running) {
      return port;
    }
    clock = new SimClock(wallClock, settings.speedUp());
    random = new RandomStreams(settings.seed());
    model = new PbxModel(this);
    appQueue = new AppQueue(model);
    dialplan = new Dialplan(model, appQueue);
    ivr = new IvrCallers(model, appQueue);
    dialplan.ivr = ivr;
    appQueue.afterAgent = ivr::afterAgent;
    if (dialplanSource != null) {
      ivr.setSource(dialplanSource);
      submit(this::reloadIvrQuietly);
    }
    for (SimSettings.QueueSettings q : settings.queues()) {
      model.queues.put(q.name(), new SimQueue(q));
    }
    if (queueConfigSource != null) {
      submit(this::reloadQueuesQuietly);
    }
    timers.clear();
    inbox.clear();
    running = true;
    loop = new Thread(this::runLoop, "pbxsim-model");
    loop.setDaemon(true);
    loop.start();
    server = new AmiServer(this, new AmiActions(this, model, appQueue, dialplan));
    // A restart keeps the port, as a rebooted Asterisk keeps 5038.
    try {
      port = server.start(settings.host(), port != 0 ? port : settings.port());
    } catch (IOException e) {
      // Not listening means not started: a later start() tries again from scratch.
      running = false;
      loop.interrupt();
      throw e;
    }
    submit(dialplan::startInboundTraffic);
    LOG.info(
        () ->
            "PBX simulator listening on "
                + settings.host()
                + ":"
                + port
                + " (speed-up "
                + settings.speedUp()
                + ", seed "
                + settings.seed()
                + ")");
    return port;
  }

  /** Stops listening, drops every client and forgets every call. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    server.stop();
    loop.interrupt();
    try {
      loop.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return running;
  }

  public int port() {
    return port;
  }

  public SimSettings settings() {
    return settings;
  }

  // ---- The API a service (or a test) drives simulated people with.

  /** Marks an agent phone as answered by a person through the service, not by the simulator. */
  public void setManualAgent(String agentInterface, boolean manual) {
    call(m -> m.phone(agentInterface).manual = manual);
  }

  /** The person at a ringing agent phone picks up; false if it was not ringing. */
  public boolean answer(String agentInterface) {
    return call(m -> dialplan.answerPhone(agentInterface));
  }

  /** The person at an agent phone hangs up (or declines a ringing call); false if idle. */
  public boolean hangUp(String agentInterface) {
    return call(m -> dialplan.hangUpPhone(agentInterface));
  }

  /** A caller dials in to a queue now; returns the caller channel's name. */
  public String placeInboundCall(String queue, String callerNumber, double patienceSeconds) {
    return call(m -> dialplan.inboundCall(queue, callerNumber, patienceSeconds));
  }

  /**
   * A caller dials in to a queue now, and will press {@code keysIfOffered} if the service sends
   * them to menu dialplan while they wait (a callback offer: "1" to accept, then "#" to confirm
   * their number or digits ending in "#"). Returns the caller channel's name.
   */
  public String placeInboundCall(
      String queue,
      String callerNumber,
      double patienceSeconds,
      java.util.List<String> keysIfOffered) {
    return call(
        m -> {
          String channel = dialplan.inboundCall(queue, callerNumber, patienceSeconds);
          ivr.plan(channel, keysIfOffered);
          return channel;
        });
  }

  /** Changes a queue's simulated inbound traffic (calls per hour; 0 stops it). */
  public void setInboundRate(String queue, double callsPerHour) {
    call(
        m -> {
          dialplan.setInboundRate(queue, callsPerHour);
          return null;
        });
  }

  /**
   * Changes how likely a person hearing the safe-harbor message presses its opt-out key (0 to 1);
   * the draws stay on their own seeded stream.
   */
  public void setOptOutProbability(double probability) {
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("opt-out probability must be between 0 and 1");
    }
    call(
        m -> {
          dialplan.optOutProbability = probability;
          return null;
        });
  }

  // ---- Voice menus: the simulator runs the dialplan text a real Asterisk would include.

  /**
   * Where {@code dialplan reload} (AMI {@code Command}) reads the menus' dialplan text from; read
   * at once too. Kept across restarts, as a real Asterisk keeps its files.
   */
  public void setDialplanSource(java.util.function.Supplier<String> source) {
    dialplanSource = source;
    if (running) {
      call(
          m -> {
            ivr.setSource(source);
            return ivr.reload();
          });
    }
  }

  /** Loads a menus' dialplan text now (throws on a line the simulator cannot read). */
  public void loadDialplan(String text) {
    call(
        m -> {
          ivr.load(text);
          return null;
        });
  }

  /**
   * A caller dials in to a menu context ({@code ivr-<menu>}) and presses {@code keys} one by one
   * when the menu waits ({@code "t"}: presses nothing until the timeout); a caller out of keys
   * while a menu waits hangs up. A queue the menu sends them to keeps them for {@code
   * patienceSeconds} (negative: drawn). Returns the caller channel's name.
   */
  public String placeMenuCall(
      String menuContext,
      String callerNumber,
      java.util.List<String> keys,
      double patienceSeconds) {
    return call(m -> ivr.call(menuContext, callerNumber, keys, patienceSeconds));
  }

  /**
   * Simulated menu callers: Poisson arrivals into a menu context, each pressing one of the paths.
   */
  public void setMenuTraffic(
      String menuContext, double callsPerHour, java.util.List<java.util.List<String>> keyPaths) {
    call(
        m -> {
          ivr.setTraffic(menuContext, callsPerHour, keyPaths);
          return null;
        });
  }

  /** What AMI "dialplan reload" does: re-reads the source; false when no source is set. */
  boolean reloadIvr() {
    return ivr.reload();
  }

  /**
   * Where AMI {@code QueueReload} (or the {@code queue reload all} command) reads the queues
   * include from (the announcements); read at once too.
   */
  public void setQueueConfigSource(java.util.function.Supplier<String> source) {
    queueConfigSource = source;
    if (running) {
      call(
          m -> {
            reloadQueues();
            return null;
          });
    }
  }

  /**
   * Applies the queues include's announcements (model thread); queues it leaves out say nothing.
   */
  void reloadQueues() {
    java.util.function.Supplier<String> source = queueConfigSource;
    java.util.Map<String, SimAnnouncements> read =
        source == null ? java.util.Map.of() : SimAnnouncements.parse(source.get());
    for (SimQueue q : model.queues.values()) {
      q.announcements = read.getOrDefault(q.name(), SimAnnouncements.NONE);
    }
  }

  private void reloadQueuesQuietly() {
    try {
      reloadQueues();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "PBX simulator could not read the queues include", e);
    }
  }

  /**
   * Scripts the next called person with this number: they stay on the line until the agent hangs up
   * and then press {@code keys} (a campaign's post-call survey, say) when the dialplan waits.
   */
  public void planCalledParty(String number, java.util.List<String> keys) {
    String digits = number.replaceAll("[^0-9]", "");
    call(m -> dialplan.plannedParties.put(digits, java.util.List.copyOf(keys)));
  }

  /**
   * What a caller still on the line has heard while waiting in a queue, in order: {@code
   * position:N}, {@code more-than:N}, {@code holdtime:M} (minutes), {@code periodic:sound}.
   */
  public java.util.List<String> announcementsHeard(String callerChannel) {
    return call(
        m -> {
          SimChannel ch = m.channels.get(callerChannel);
          return ch == null ? java.util.List.<String>of() : java.util.List.copyOf(ch.heard);
        });
  }

  private void reloadIvrQuietly() {
    try {
      ivr.reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "PBX simulator could not read the menus' dialplan", e);
    }
  }

  /** The simulator's Asterisk database, for the model thread. */
  AstDb astdb() {
    return astdb;
  }

  /** The entries of one AstDB family now, key (without the family) to value. */
  public java.util.Map<String, String> databaseFamily(String family) {
    return call(m -> astdb.family(family));
  }

  /** Writes one AstDB entry, as {@code Set(DB(family/key)=value)} in the dialplan would. */
  public void putDatabase(String family, String key, String value) {
    call(
        m -> {
          astdb.put(family, key, value);
          return null;
        });
  }

  /** Cuts every AMI client off (a network blip) while calls go on: clients must re-sync. */
  public void dropClients() {
    if (server != null) {
      server.dropAll();
    }
  }

  /**
   * Load generator: sends a recorded stream of AMI events ({@code Event: ...} messages, CRLF
   * framed) {@code times} times to every logged-in client, as fast as each client reads. For load
   * runs of a client; the simulated state is not touched.
   */
  public void replayEvents(byte[] events, int times) throws InterruptedException {
    server.blast(events, times);
  }

  /** Adds a simulated agent to a queue, as a QueueAdd would (for load runs without a service). */
  public void addSimulatedAgent(String queue, String agentInterface, String name) {
    call(
        m -> {
          dialplan.addMember(queue, agentInterface, name);
          return null;
        });
  }

  /** A queue member as the simulator holds it (for tests and the demo's checks). */
  public record MemberSnapshot(String agentInterface, boolean paused, String pausedReason) {}

  /** The members of a queue now, in the order they were added; empty for an unknown queue. */
  public java.util.List<MemberSnapshot> members(String queue) {
    return call(
        m -> {
          SimQueue q = m.queues.get(queue);
          return q == null
              ? java.util.List.<MemberSnapshot>of()
              : q.members.values().stream()
                  .map(s -> new MemberSnapshot(s.iface, s.paused, s.pausedReason))
                  .toList();
        });
  }

  /** How many channels are up right now. */
  public int activeChannels() {
    return call(m -> m.channels.size());
  }

  /** How many AMI clients are connected. */
  public int connectedClients() {
    return server == null ? 0 : server.sessionCount();
  }

  private <T> T call(Function<PbxModel, T> work) {
    if (!running) {
      throw new IllegalStateException("PBX simulator is not running");
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    submit(
        () -> {
          try {
            result.complete(work.apply(model));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("PBX simulator did not answer", e);
    }
  }

  // ---- Model-thread plumbing.

  void submit(Runnable work) {
    inbox.add(work);
  }

  SimClock clock() {
    return clock;
  }

  RandomStreams random() {
    return random;
  }

  /** Runs {@code work} on the model thread after {@code seconds} of simulated time. */
  Timer schedule(double seconds, Runnable work) {
    Timer t =
        new Timer(
            clock.elapsedMillis() + Math.max(0, Math.round(seconds * 1000)), timerSeq++, work);
    timers.add(t);
    return t;
  }

  void cancel(Timer timer) {
    if (timer != null) {
      timer.cancelled = true;
    }
  }

  void broadcast(AmiMessage event) {
    server.broadcast(event);
  }

  private void runLoop() {
    while (running) {
      try {
        long now = clock.elapsedMillis();
        Timer next;
        while ((next = timers.peek()) != null && next.dueMillis <= now) {
          timers.poll();
          if (!next.cancelled) {
            runSafely(next.work);
          }
        }
        long waitNanos =
            next == null
                ? TimeUnit.MILLISECONDS.toNanos(200)
                : clock.realNanosUntil(next.dueMillis);
        Runnable work = inbox.poll(Math.max(waitNanos, 0), TimeUnit.NANOSECONDS);
        while (work != null) {
          runSafely(work);
          work = inbox.poll();
        }
      } catch (InterruptedException e) {
        if (!running) {
          return;
        }
      }
    }
  }

  private void runSafely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "PBX simulator step failed", e);
    }
  }
}
