package org.blenddialer.telephony.ami;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.blenddialer.telephony.LinkState;
import org.blenddialer.telephony.PbxCommandRejectedException;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxLinkStatus;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.PbxUnavailableException;
import org.jboss.logging.Logger;

/**
 * The link to one PBX server: logs in, re-syncs, reports ready, and on any loss goes back to
 * DISCONNECTED and reconnects with capped exponential backoff (a fresh connection each time, so
 * asterisk-java's own fixed-interval reconnect never runs). Events are handed off the asterisk-java
 * dispatch thread at once to this link's own dispatcher thread, in order.
 */
final class AmiLink {

  private static final Logger LOG = Logger.getLogger(AmiLink.class);

  private final PbxServer server;
  private final AmiLinkSettings settings;
  private final InstantSource clock;
  private final Consumer<PbxEvent> sink;
  private final ScheduledExecutorService lifecycle;
  private final ExecutorService dispatcher;
  private final AmiEventTranslator translator;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong received = new AtomicLong();

  private volatile ManagerConnection connection;
  private volatile PbxLinkStatus status;
  private volatile boolean stopped;
  private final AtomicInteger failures = new AtomicInteger();

  AmiLink(
      PbxServer server,
      AmiLinkSettings settings,
      InstantSource clock,
      Consumer<PbxEvent> sink,
      ScheduledExecutorService lifecycle) {
    this.server = server;
    this.settings = settings;
    this.clock = clock;
    this.sink = sink;
    this.lifecycle = lifecycle;
    this.translator = new AmiEventTranslator(server.name(), clock);
    // Unbounded on purpose: asterisk-java's own queue drops events when full; ours must not.
    this.dispatcher =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "pbx-events-" + server.name());
              t.setDaemon(true);
              return t;
            });
    this.status =
        new PbxLinkStatus(
            server.name(), server.address(), LinkState.DISCONNECTED, clock.instant(), "");
  }

  PbxServer server() {
    return server;
  }

  PbxLinkStatus status() {
    return status;
  }

  long eventsReceived() {
    return received.get();
  }

  void start() {
    stopped = false;
    lifecycle.execute(this::connect);
  }

  void stop() {
    stopped = true;
    generation.incrementAndGet();
    closeQuietly(connection);
    connection = null;
    setState(LinkState.DISCONNECTED, "stopped");
    dispatcher.shutdown();
  }

  /** Sends an action, refusing while not READY; an Error response becomes our exception. */
  ManagerResponse send(String what, ManagerAction action) {
    ManagerConnection c = connection;
    PbxLinkStatus s = status;
    if (c == null || s.state() != LinkState.READY) {
      throw new PbxUnavailableException(server.name(), s.state().name());
    }
    ManagerResponse response;
    try {
      response = c.sendAction(action, settings.actionTimeout().toMillis());
    } catch (Exception e) {
      throw new PbxUnavailableException(server.name(), "no answer to " + what);
    }
    if (response instanceof ManagerError || "Error".equalsIgnoreCase(response.getResponse())) {
      throw new PbxCommandRejectedException(
          server.name(), what, String.valueOf(response.getMessage()));
    }
    return response;
  }

  private void connect() {
    if (stopped) {
      return;
    }
    long gen = generation.incrementAndGet();
    setState(LinkState.CONNECTING, "");
    ManagerConnection c =
        new ManagerConnectionFactory(
                server.host(), server.port(), server.username(), server.secret())
            .createManagerConnection();
    try {
      c.addEventListener(event -> onEvent(gen, event));
      c.login();
      connection = c;
      setState(LinkState.SYNCING, "");
      // The re-sync reads through the same connection while events keep arriving; the dispatcher
      // gets the snapshot after every event received before it, so consumers see them in order.
      PbxEvent.Resynced snapshot =
          AmiResync.run(server.name(), c, settings.actionTimeout().toMillis(), clock, translator);
      if (gen != generation.get()) {
        return;
      }
      dispatcher.execute(
          () -> {
            sink.accept(snapshot);
            if (gen == generation.get() && c.getState() == ManagerConnectionState.CONNECTED) {
              failures.set(0);
              setState(LinkState.READY, "");
            }
          });
    } catch (Exception e) {
      String detail =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      LOG.warnf("PBX %s (%s): connect failed: %s", server.name(), server.address(), detail);
      if (connection != c) {
        closeQuietly(c);
      }
      lost(gen, detail);
    }
  }

  /** Runs on asterisk-java's dispatch thread: hand off and return at once. */
  private void onEvent(long gen, ManagerEvent event) {
    if (event instanceof DisconnectEvent) {
      lifecycle.execute(() -> lost(gen, "connection lost"));
      return;
    }
    received.incrementAndGet();
    dispatcher.execute(
        () -> {
          PbxEvent ours = translator.translate(event);
          if (ours != null && gen == generation.get()) {
            sink.accept(ours);
          }
        });
  }

  private void lost(long gen, String detail) {
    if (gen != generation.get() || stopped) {
      return;
    }
    generation.incrementAndGet();
    ManagerConnection c = connection;
    connection = null;
    closeQuietly(c);
    var delay = settings.backoff(failures.incrementAndGet());
    setState(LinkState.DISCONNECTED, detail + "; retry in " + delay.toMillis() + " ms");
    lifecycle.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void closeQuietly(ManagerConnection c) {
    if (c == null) {
      return;
    }
    try {
      ManagerConnectionState s = c.getState();
      if (s == ManagerConnectionState.CONNECTED || s == ManagerConnectionState.RECONNECTING) {
        c.logoff();
      }
    } catch (RuntimeException e) {
      LOG.debug("logoff after loss failed", e);
    }
  }

  private void setState(LinkState state, String detail) {
    PbxLinkStatus before = status;
    if (before.state() == state && before.detail().equals(detail)) {
      return;
    }
    Instant now = clock.instant();
    status = new PbxLinkStatus(server.name(), server.address(), state, now, detail);
    if (before.state() != state) {
      LOG.infof("PBX %s (%s): %s %s", server.name(), server.address(), state, detail);
      PbxEvent.LinkChanged changed = new PbxEvent.LinkChanged(server.name(), now, state, detail);
      if (!dispatcher.isShutdown()) {
        dispatcher.execute(() -> sink.accept(changed));
      }
    }
  }
}
