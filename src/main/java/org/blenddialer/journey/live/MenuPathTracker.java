package org.blenddialer.journey.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.blenddialer.journey.config.JourneyConfig;
import org.blenddialer.journey.persistence.MenuPathRecord;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * Follows every caller through the voice menus from the dialplan's {@code IVR_STEP} marks and
 * writes their path when they leave the menus (to a queue, a message, a hang-up by the menu) or
 * hang up in them. Runs on its own thread, off the PBX event pump.
 */
@ApplicationScoped
public class MenuPathTracker {

  private static final Logger LOG = Logger.getLogger(MenuPathTracker.class);

  private final Pbx pbx;
  private final InstantSource clock;
  private final Duration maxAge;
  private final Map<String, Path> open = new LinkedHashMap<>();
  private ExecutorService thread;
  private Pbx.Subscription subscription;

  MenuPathTracker(Pbx pbx, InstantSource clock, JourneyConfig config) {
    this.pbx = pbx;
    this.clock = clock;
    this.maxAge = config.ivr().pathMaxAge();
  }

  /** A caller in the menus now. */
  private static final class Path {
    final String server;
    final String callId;
    final String callerNumber;
    final String entryMenu;
    final Instant enteredAt;
    final List<String> menus = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();

    Path(String server, String callId, String callerNumber, String entryMenu, Instant at) {
      this.server = server;
      this.callId = callId;
      this.callerNumber = callerNumber;
      this.entryMenu = entryMenu;
      this.enteredAt = at;
    }
  }

  void start(@Observes @Priority(3600) StartupEvent event) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ivr-paths");
              t.setDaemon(true);
              return t;
            });
    subscription =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.MenuStepTaken || e instanceof PbxEvent.CallHungUp) {
                thread.execute(() -> apply(e));
              }
            });
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /** How many callers are in the menus now. */
  public int callersInMenus() {
    return open.size();
  }

  private void apply(PbxEvent event) {
    try {
      if (event instanceof PbxEvent.MenuStepTaken s) {
        step(s);
      } else if (event instanceof PbxEvent.CallHungUp h) {
        Path p = open.remove(key(h.server(), h.callId()));
        if (p != null) {
          finish(p, h.at(), "CALLER_HUNG_UP", "", "", false);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("menu path not recorded", e);
    }
  }

  private void step(PbxEvent.MenuStepTaken s) {
    forgetStale(s.at());
    String key = key(s.server(), s.callId());
    Path p = open.get(key);
    if (p == null) {
      p = new Path(s.server(), s.callId(), s.callerNumber(), s.menu(), s.at());
      open.put(key, p);
    }
    if (s.input().equals("enter")) {
      p.menus.add(s.menu());
      return;
    }
    if (!s.input().equals("closed")) {
      p.inputs.add(s.input());
    }
    switch (s.kind()) {
      case "queue" -> finish(open.remove(key), s.at(), "QUEUE", s.target(), s.input(), false);
      case "message" ->
          finish(
              open.remove(key),
              s.at(),
              "MESSAGE",
              s.target(),
              s.input(),
              !s.input().equals("closed") && !s.input().equals("t") && !s.input().equals("i"));
      case "hangup" -> finish(open.remove(key), s.at(), "MENU_HANGUP", "", s.input(), false);
      default -> {
        // another menu or the greeting again: the caller is still in the menus
      }
    }
  }

  private void forgetStale(Instant now) {
    Iterator<Path> it = open.values().iterator();
    while (it.hasNext()) {
      Path p = it.next();
      if (Duration.between(p.enteredAt, now).compareTo(maxAge) > 0) {
        it.remove();
        finish(p, now, "CALLER_HUNG_UP", "", "", false);
      }
    }
  }

  private void finish(
      Path p, Instant at, String outcome, String destination, String lastInput, boolean self) {
    MenuPathRecord r = new MenuPathRecord();
    r.pbxServer = p.server;
    r.callId = p.callId;
    r.callerNumber = cut(p.callerNumber, 40);
    r.entryMenu = p.entryMenu;
    r.menus = cut(String.join(",", p.menus), 400);
    r.inputs = cut(String.join(",", p.inputs), 200);
    r.outcome = outcome;
    r.destination = cut(destination, 100);
    r.lastInput = cut(lastInput, 10);
    r.selfServed = self;
    r.enteredAt = p.enteredAt;
    r.leftAt = at == null ? clock.instant() : at;
    r.secondsInMenu = Math.max(0, Duration.between(p.enteredAt, r.leftAt).toMillis() / 1000.0);
    QuarkusTransaction.requiringNew().run(r::persist);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String key(String server, String callId) {
    return server + "/" + callId;
  }
}
