package org.blenddialer.dialer.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.blenddialer.acd.blending.OutboundDialing;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.campaign.CampaignState;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.engine.DialerCommand;
import org.blenddialer.core.pacing.DropBudget;
import org.blenddialer.core.pacing.PacingPolicy;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * The outbound dialer's live side. The blending controller asks it for the running campaigns and
 * hands it the engine's launches; it claims, checks and dials them on its own thread, which also
 * follows the PBX's events for its calls, so the database work never holds up the ACD's thread.
 */
@ApplicationScoped
public class Dialer implements OutboundDialing {

  private static final Logger LOG = Logger.getLogger(Dialer.class);

  private final DialingConfig config;
  private final CampaignService campaignService;
  private final Launcher launcher;
  private final AttemptFollower follower;
  private final LeadBook leads;
  private final Pbx pbx;
  private final InstantSource clock;
  private final Map<Long, CampaignRun> runs = new ConcurrentHashMap<>();
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile long refreshedAt;
  // Made with the bean, not at start: the blending controller may ask for campaigns before this
  // bean's start (a PBX link event at startup), and a refresh dropped then would never be retried.
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "dialer");
            t.setDaemon(true);
            return t;
          });
  private Pbx.Subscription subscription;

  Dialer(
      DialingConfig config,
      CampaignService campaignService,
      Launcher launcher,
      AttemptFollower follower,
      LeadBook leads,
      Pbx pbx,
      InstantSource clock) {
    this.config = config;
    this.campaignService = campaignService;
    this.launcher = launcher;
    this.follower = follower;
    this.leads = leads;
    this.pbx = pbx;
    this.clock = clock;
  }

  void start(@Observes @Priority(3600) StartupEvent event) {
    follower.attach(this::runOf);
    subscription = pbx.subscribe(this::onEvent);
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    thread.shutdownNow();
  }

  @Override
  public List<org.blenddialer.core.engine.CampaignState> campaigns(double now) {
    if (!config.enabled()) {
      return List.of();
    }
    if (clock.millis() - refreshedAt > 1000
        && refreshing.compareAndSet(false, true)
        && !submit(this::refresh)) {
      refreshing.set(false);
    }
    List<org.blenddialer.core.engine.CampaignState> states = new ArrayList<>();
    for (CampaignRun run : runs.values()) {
      CampaignRun.Definition d = run.definition;
      if (d == null || !d.running() || d.mode() == DialMode.PREVIEW) {
        continue;
      }
      // A campaign with nothing due and nothing in flight takes no share of the free agents.
      boolean work = run.dueLeads > 0 || !run.inFlight.isEmpty() || run.launching.get() > 0;
      states.add(run.state(now, work && pbx.isReady(d.server())));
    }
    return states;
  }

  @Override
  public Map<String, PacingPolicy> pacing() {
    Map<String, PacingPolicy> out = new HashMap<>();
    for (CampaignRun run : runs.values()) {
      if (run.pacing != null) {
        out.put(String.valueOf(run.id), run.pacing);
      }
    }
    return out;
  }

  @Override
  public void carryOut(List<DialerCommand> commands) {
    for (DialerCommand c : commands) {
      if (c instanceof DialerCommand.LaunchCalls launch) {
        CampaignRun run = runs.get(Long.parseLong(launch.campaignId()));
        if (run == null) {
          continue;
        }
        int count = Math.min(launch.count(), config.maxClaimPerLaunch());
        run.launching.addAndGet(count);
        submit(
            () -> {
              try {
                launcher.launch(run, count);
              } finally {
                run.launching.addAndGet(-count);
              }
            });
      }
      // Preview dials are asked for by the agents themselves (AgentDialing), not pushed.
    }
  }

  /** The live run of a campaign, created when first needed (preview campaigns too). */
  CampaignRun runOf(long campaignId) {
    CampaignRun run = runs.get(campaignId);
    if (run == null) {
      Campaign c = campaignService.get(campaignId);
      run = newRun(c);
    }
    return run;
  }

  /** Runs a step on the dialer thread and waits for it (agents' preview dials). */
  <T> T onDialerThread(java.util.concurrent.Callable<T> step) {
    try {
      return thread.submit(step).get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the dialer did not answer in time", e);
    }
  }

  private void refresh() {
    try {
      Instant now = clock.instant();
      Map<Long, Campaign> running = new HashMap<>();
      for (Campaign c : campaignService.list()) {
        if (c.state == CampaignState.RUNNING) {
          running.put(c.id, c);
        }
      }
      for (Campaign c : running.values()) {
        CampaignRun run = runs.get(c.id);
        if (run == null) {
          run = newRun(c);
        } else {
          run.refresh(CampaignRun.Definition.of(c, true));
        }
        if (run.definition.mode() != DialMode.PREVIEW) {
          run.dueLeads = launcher.dueLeads(run, now);
          launcher.guard(run, now);
        }
      }
      for (CampaignRun run : runs.values()) {
        if (!running.containsKey(run.id) && run.definition != null && run.definition.running()) {
          CampaignRun.Definition d = run.definition;
          run.definition =
              new CampaignRun.Definition(
                  d.name(),
                  d.mode(),
                  d.powerRatio(),
                  d.targetAbandon(),
                  d.queue(),
                  d.server(),
                  d.trunk(),
                  d.callerId(),
                  d.jurisdiction(),
                  d.amd(),
                  d.hours(),
                  d.retry(),
                  d.script(),
                  d.order(),
                  d.skillQueueIds(),
                  false);
        }
      }
    } catch (RuntimeException e) {
      LOG.warnf(e, "dialer refresh failed: %s", e.getMessage());
    } finally {
      refreshedAt = clock.millis();
      refreshing.set(false);
    }
  }

  private CampaignRun newRun(Campaign c) {
    Instant now = clock.instant();
    var today = leads.abandonFigures(c.id, now).get(0);
    double cap =
        c.targetAbandonPercent == null
            ? 0.03
            : Math.min(0.99, c.targetAbandonPercent.doubleValue() / 100);
    CampaignRun run =
        new CampaignRun(
            c.id,
            config,
            new DropBudget(
                cap, today.liveCalls(), Math.min(today.abandonedCalls(), today.liveCalls())));
    run.refresh(CampaignRun.Definition.of(c, c.state == CampaignState.RUNNING));
    CampaignRun existing = runs.putIfAbsent(c.id, run);
    return existing != null ? existing : run;
  }

  private void onEvent(PbxEvent e) {
    if (e instanceof PbxEvent.OriginateOutcome
        || e instanceof PbxEvent.MachineVerdict
        || e instanceof PbxEvent.CallerJoinedQueue
        || e instanceof PbxEvent.AgentConnected
        || e instanceof PbxEvent.CallerTimedOut
        || e instanceof PbxEvent.CallCompleted
        || e instanceof PbxEvent.CallHungUp
        || e instanceof PbxEvent.Resynced) {
      submit(() -> follower.onEvent(e));
    }
  }

  /** Queues work for the dialer thread; false if it was not taken (the service is stopping). */
  private boolean submit(Runnable work) {
    try {
      thread.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.warnf(e, "dialer step failed: %s", e.getMessage());
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      LOG.debug("dialer not running; step dropped");
      return false;
    }
  }
}
