package org.blenddialer.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.blending.ServiceLevelSoFar;
import org.blenddialer.core.engine.CampaignState;
import org.blenddialer.core.engine.DialerCommand;
import org.blenddialer.core.engine.DialerEngine;
import org.blenddialer.core.engine.DialerSnapshot;
import org.blenddialer.core.estimate.InboundEstimator;
import org.blenddialer.core.pacing.DropBudget;
import org.blenddialer.core.pacing.PacingPolicy;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.scenario.AgentGroup;
import org.blenddialer.sim.scenario.InboundCallType;
import org.blenddialer.sim.scenario.OutboundCampaign;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * One simulated day of a call centre in virtual time. The agents are the core's state machines and
 * every blending and pacing decision is the core's {@link DialerEngine}, asked on each tick,
 * whenever an agent comes free and whenever a dial fails; this class only plays the telephony:
 * callers, dials, answers, machines, queues and routing.
 */
final class CallCentreDay {

  /** Every 4,096 events the day looks whether its thread was interrupted. */
  private static final long INTERRUPT_CHECK_MASK = 4095;

  private static final int UNLIMITED_LEADS = 1_000_000;
  private static final double MACHINE_MESSAGE_SECONDS = 5.0;

  private final Scenario scenario;
  private final int day;
  private final EventList events = new EventList();
  private final DialerEngine engine;
  private final InboundEstimator inboundEstimator;
  private final DayStatistics stats;
  private final double dayEnd;
  private final List<List<Seat>> seatsByGroup = new ArrayList<>();
  private final Map<String, Seat> seatById = new HashMap<>();
  private final List<Agent> loggedIn = new ArrayList<>();
  private final List<Seat> loggedInSeats = new ArrayList<>();
  private final ArrayDeque<Caller> inboundQueue = new ArrayDeque<>();
  private final CampaignRun[] campaigns;
  private final SplittableRandom[] arrivalStreams;
  private final SplittableRandom[] callerStreams;
  private final double[] busyness;
  private int waitingCallers;
  private long answeredInTime;
  private long serviceLevelCounted;
  private double now;
  private long processed;

  CallCentreDay(Scenario scenario, PolicySpec policy, int day) {
    this.scenario = scenario;
    this.day = day;
    RandomStreams streams = new RandomStreams(scenario.seed(), day);
    this.dayEnd = scenario.dayLength();
    this.stats =
        new DayStatistics(
            scenario.warmUp(),
            dayEnd,
            scenario.serviceLevel().acceptableWait(),
            scenario.agentGroups().size());
    this.inboundEstimator = new InboundEstimator(0, 180, Double.POSITIVE_INFINITY, 0);
    this.campaigns = new CampaignRun[scenario.campaigns().size()];
    Map<String, PacingPolicy> pacing = new HashMap<>();
    for (int c = 0; c < campaigns.length; c++) {
      OutboundCampaign spec = scenario.campaigns().get(c);
      campaigns[c] = new CampaignRun(spec, streams);
      pacing.put(spec.name(), policy.pacing().create());
    }
    this.engine =
        new DialerEngine(
            policy.blending().create(scenario.serviceLevel()), policy.minTimeInMode(), pacing);
    int types = scenario.callTypes().size();
    arrivalStreams = new SplittableRandom[types];
    callerStreams = new SplittableRandom[types];
    busyness = new double[types];
    for (int t = 0; t < types; t++) {
      InboundCallType type = scenario.callTypes().get(t);
      arrivalStreams[t] = streams.stream("arrivals:" + type.name());
      callerStreams[t] = streams.stream("callers:" + type.name());
      double shape = type.busynessShape();
      busyness[t] =
          shape > 0
              ? new Distribution.Gamma(shape, 1.0 / shape)
                  .sample(streams.stream("busyness:" + type.name()))
              : 1.0;
    }
    for (int g = 0; g < scenario.agentGroups().size(); g++) {
      AgentGroup group = scenario.agentGroups().get(g);
      int most = 0;
      for (int p = 0; p < scenario.periods().size(); p++) {
        most = Math.max(most, group.staffedIn(p));
      }
      List<Seat> seats = new ArrayList<>();
      for (int i = 0; i < most; i++) {
        Seat seat =
            new Seat(new Agent(group.name() + "-" + (i + 1), group.name(), group.skill()), g);
        seats.add(seat);
        seatById.put(seat.agent.id(), seat);
      }
      seatsByGroup.add(seats);
    }
  }

  DayResult run() {
    double start = 0;
    for (int p = 0; p < scenario.periods().size(); p++) {
      events.schedule(start, EventKind.PERIOD_START, null, p);
      start += scenario.periods().get(p);
    }
    for (int t = 0; t < arrivalStreams.length; t++) {
      scheduleArrival(t, 0);
    }
    events.schedule(0, EventKind.TICK, null, 0);
    events.schedule(dayEnd, EventKind.DAY_ENDS, null, 0);
    while (!events.isEmpty()) {
      EventList.Event event = events.next();
      now = event.time;
      // A run whose caller gave up (the what-if page's wait) stops within a few thousand events.
      if ((++processed & INTERRUPT_CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException(
            "simulation interrupted on day " + day + " at " + Math.round(now) + " s");
      }
      handle(event);
    }
    for (Seat seat : new ArrayList<>(loggedInSeats)) {
      stats.staffed(seat.group, seat.loggedInAt, dayEnd);
    }
    return stats.result(day, scenario.agentGroups(), processed);
  }

  private void handle(EventList.Event event) {
    switch (event.kind) {
      case PERIOD_START -> staff(event.index);
      case INBOUND_ARRIVAL -> arrive(event.index);
      case CALLER_HANGS_UP -> callerHangsUp((Caller) event.subject);
      case TALK_ENDS -> talkEnds((Seat) event.subject);
      case WRAP_UP_ENDS -> wrapUpEnds((Seat) event.subject);
      case DIAL_RESOLVED -> dialResolved((Dial) event.subject);
      case DETECTION_DONE -> detectionDone((Dial) event.subject);
      case ANSWER_GIVES_UP -> answerGivesUp((Dial) event.subject);
      case PREVIEW_DONE -> launch(campaigns[event.index], (Seat) event.subject);
      case TICK -> {
        decide();
        if (now + scenario.decisionInterval() < dayEnd) {
          events.schedule(now + scenario.decisionInterval(), EventKind.TICK, null, 0);
        }
      }
      case DAY_ENDS -> decide();
    }
  }

  // ---- staffing

  private void staff(int period) {
    for (int g = 0; g < seatsByGroup.size(); g++) {
      int wanted = scenario.agentGroups().get(g).staffedIn(period);
      int present = 0;
      for (Seat seat : seatsByGroup.get(g)) {
        if (seat.loggedInIndex >= 0 && !seat.leaving) {
          present++;
        }
      }
      for (Seat seat : seatsByGroup.get(g)) {
        if (present < wanted && seat.loggedInIndex >= 0 && seat.leaving) {
          seat.leaving = false;
          present++;
        }
      }
      for (Seat seat : seatsByGroup.get(g)) {
        if (present < wanted && seat.loggedInIndex < 0) {
          logIn(seat);
          present++;
        } else if (present > wanted && seat.loggedInIndex >= 0 && !seat.leaving) {
          present--;
          seat.leaving = true;
          if (seat.agent.state() == AgentState.IDLE) {
            logOut(seat);
          }
        }
      }
    }
    for (Seat seat : new ArrayList<>(loggedInSeats)) {
      if (seat.agent.state() == AgentState.IDLE) {
        route(seat);
      }
    }
    decide();
  }

  private void logIn(Seat seat) {
    seat.agent.logIn(now);
    seat.loggedInAt = now;
    seat.loggedInIndex = loggedIn.size();
    loggedIn.add(seat.agent);
    loggedInSeats.add(seat);
  }

  private void logOut(Seat seat) {
    seat.agent.logOut(now);
    stats.staffed(seat.group, seat.loggedInAt, now);
    int i = seat.loggedInIndex;
    int last = loggedIn.size() - 1;
    Seat moved = loggedInSeats.get(last);
    loggedIn.set(i, moved.agent);
    loggedInSeats.set(i, moved);
    moved.loggedInIndex = i;
    loggedIn.remove(last);
    loggedInSeats.remove(last);
    seat.loggedInIndex = -1;
    seat.leaving = false;
  }

  // ---- inbound

  private void scheduleArrival(int type, double from) {
    InboundCallType spec = scenario.callTypes().get(type);
    double t = from;
    while (t < dayEnd) {
      int period = scenario.periodAt(t);
      double periodEnd = periodEnd(period);
      double rate = spec.callsPerHour().at(period) / 3600.0 * busyness[type];
      if (rate > 0) {
        double next = t - Math.log(1.0 - arrivalStreams[type].nextDouble()) / rate;
        if (next < periodEnd) {
          if (next < dayEnd) {
            events.schedule(next, EventKind.INBOUND_ARRIVAL, null, type);
          }
          return;
        }
      }
      t = periodEnd;
    }
  }

  private double periodEnd(int period) {
    double end = 0;
    for (int p = 0; p <= period; p++) {
      end += scenario.periods().get(p);
    }
    return end;
  }

  private void arrive(int type) {
    scheduleArrival(type, now);
    InboundCallType spec = scenario.callTypes().get(type);
    SplittableRandom random = callerStreams[type];
    double patience =
        spec.patience() == null ? Double.POSITIVE_INFINITY : spec.patience().sample(random);
    double handle = spec.handleTime().sample(random);
    double wrap = spec.wrapUp().sample(random);
    boolean balks = random.nextDouble() < spec.balkProbability();
    boolean measured = now >= scenario.warmUp();
    Caller caller = new Caller(type, now, handle, wrap, measured);
    inboundEstimator.recordArrival(now);
    if (measured) {
      stats.inboundArrivals++;
    }
    Seat seat = freeSeatForInbound();
    if (seat != null) {
      connectInbound(seat, caller);
      return;
    }
    if (waitingCallers >= scenario.queueCapacity()) {
      if (measured) {
        stats.inboundBlocked++;
      }
      return;
    }
    if (balks) {
      if (measured) {
        stats.inboundBalked++;
      }
      return;
    }
    inboundQueue.addLast(caller);
    waitingCallers++;
    stats.inboundQueueChanged(waitingCallers, now);
    if (Double.isFinite(patience)) {
      events.schedule(now + patience, EventKind.CALLER_HANGS_UP, caller, 0);
    }
  }

  private void callerHangsUp(Caller caller) {
    if (caller.gone) {
      return;
    }
    caller.gone = true;
    waitingCallers--;
    stats.inboundQueueChanged(waitingCallers, now);
    inboundEstimator.recordWait(now - caller.arrivedAt, true);
    stats.abandoned(caller, now);
    if (now - caller.arrivedAt > scenario.serviceLevel().acceptableWait()) {
      serviceLevelCounted++;
    }
  }

  private Caller pollCaller() {
    while (!inboundQueue.isEmpty()) {
      Caller caller = inboundQueue.pollFirst();
      if (!caller.gone) {
        caller.gone = true;
        waitingCallers--;
        stats.inboundQueueChanged(waitingCallers, now);
        return caller;
      }
    }
    return null;
  }

  /** Inbound-only agents first, then blend agents held for inbound, blended, released. */
  private Seat freeSeatForInbound() {
    Seat best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0, n = loggedInSeats.size(); i < n; i++) {
      Seat seat = loggedInSeats.get(i);
      Agent agent = seat.agent;
      if (agent.state() != AgentState.IDLE || agent.skill() == AgentSkill.OUTBOUND_ONLY) {
        continue;
      }
      int rank =
          agent.skill() == AgentSkill.INBOUND_ONLY
              ? 0
              : switch (agent.mode()) {
                case INBOUND -> 1;
                case BLENDED -> 2;
                case OUTBOUND -> 3;
              };
      if (rank < bestRank) {
        best = seat;
        bestRank = rank;
        if (rank == 0) {
          break;
        }
      }
    }
    return best;
  }

  private void connectInbound(Seat seat, Caller caller) {
    seat.agent.connect(CallDirection.INBOUND, now);
    seat.caller = caller;
    seat.busySince = now;
    stats.served(caller, now);
    inboundEstimator.recordWait(now - caller.arrivedAt, false);
    inboundEstimator.recordCallStarted(now);
    serviceLevelCounted++;
    if (now - caller.arrivedAt <= scenario.serviceLevel().acceptableWait()) {
      answeredInTime++;
    }
    events.schedule(now + caller.handleTime, EventKind.TALK_ENDS, seat, 0);
  }

  // ---- agents finishing work

  private void talkEnds(Seat seat) {
    seat.agent.hangUp(now);
    double wrap = seat.caller != null ? seat.caller.wrapUp : seat.dial.wrapUp;
    if (seat.dial != null && !seat.dial.person) {
      wrap = 0;
    }
    if (wrap > 0) {
      events.schedule(now + wrap, EventKind.WRAP_UP_ENDS, seat, 0);
    } else {
      wrapUpEnds(seat);
    }
  }

  private void wrapUpEnds(Seat seat) {
    seat.agent.finishWrapUp(now);
    stats.busy(seat.group, seat.busySince, now);
    if (seat.caller != null) {
      inboundEstimator.recordHandleTime(now - seat.busySince, now);
      seat.caller = null;
    } else {
      Dial dial = seat.dial;
      dial.campaign.agentsOnCalls--;
      if (dial.person) {
        dial.campaign.estimator.recordHandleTime(now - seat.busySince, now);
      }
      seat.dial = null;
    }
    agentFree(seat);
  }

  private void agentFree(Seat seat) {
    if (seat.leaving) {
      logOut(seat);
      return;
    }
    if (!route(seat)) {
      decide();
    }
  }

  /** Gives a free agent waiting work, if any; true when it got some. */
  private boolean route(Seat seat) {
    Agent agent = seat.agent;
    boolean takesInbound = agent.skill() != AgentSkill.OUTBOUND_ONLY && waitingCallers > 0;
    CampaignRun campaign = null;
    if (agent.isFreeForOutbound()) {
      for (CampaignRun c : campaigns) {
        if (c.waiting > 0) {
          campaign = c;
          break;
        }
      }
    }
    if (takesInbound && campaign != null) {
      boolean inboundFirst =
          agent.mode() == AgentMode.BLENDED
              ? scenario.blendTakesInboundFirst()
              : agent.mode() == AgentMode.INBOUND;
      if (inboundFirst) {
        campaign = null;
      } else {
        takesInbound = false;
      }
    }
    if (takesInbound) {
      connectInbound(seat, pollCaller());
      return true;
    }
    if (campaign != null) {
      Dial dial = campaign.pollWaiting();
      stats.answersWaitingChanged(-1, now);
      connectOutbound(seat, dial);
      return true;
    }
    return false;
  }

  // ---- outbound

  private void launch(CampaignRun campaign, Seat boundSeat) {
    OutboundCampaign spec = campaign.spec;
    int period = scenario.periodAt(now);
    double u = campaign.answers.nextDouble();
    double live = spec.liveAnswerProbability().at(period);
    boolean person = u < live;
    boolean machine = !person && u < live + spec.machineShare();
    double ring = spec.ringTime().sample(campaign.ringTimes);
    boolean answered = (person || machine) && ring <= spec.noAnswerTimeout();
    double delay = spec.detectionDelay().sample(campaign.detection);
    boolean right = campaign.detection.nextDouble() < spec.detectionAccuracy();
    boolean detectedAsPerson = person == right;
    double handle = spec.handleTime().sample(campaign.handleTimes);
    double wrap = spec.wrapUp().sample(campaign.handleTimes);
    boolean measured = now >= scenario.warmUp();
    Dial dial =
        new Dial(
            campaign,
            now,
            person,
            answered,
            answered ? ring : spec.noAnswerTimeout(),
            delay,
            detectedAsPerson,
            handle,
            machine ? MACHINE_MESSAGE_SECONDS : wrap,
            measured,
            boundSeat);
    if (measured) {
      stats.outboundDials++;
    }
    campaign.addInFlight(dial);
    events.schedule(now + dial.outcomeAfter, EventKind.DIAL_RESOLVED, dial, 0);
  }

  private void dialResolved(Dial dial) {
    if (!dial.answered) {
      dial.campaign.removeInFlight(dial);
      dial.done = true;
      dial.campaign.estimator.recordOutcome(false, now - dial.dialedAt);
      dialFailed(dial);
      return;
    }
    if (dial.detectionDelay > 0) {
      events.schedule(now + dial.detectionDelay, EventKind.DETECTION_DONE, dial, 0);
    } else {
      detectionDone(dial);
    }
  }

  private void dialFailed(Dial dial) {
    if (dial.boundSeat != null) {
      dial.boundSeat.agent.release(now);
      agentFree(dial.boundSeat);
    } else {
      decide();
    }
  }

  private void detectionDone(Dial dial) {
    CampaignRun campaign = dial.campaign;
    campaign.removeInFlight(dial);
    campaign.estimator.recordOutcome(dial.detectedAsPerson, now - dial.dialedAt);
    if (dial.person && dial.measured) {
      stats.liveAnswers++;
    }
    if (!dial.detectedAsPerson) {
      dial.done = true;
      if (dial.person && dial.measured) {
        stats.outboundAbandoned++;
      }
      dialFailed(dial);
      return;
    }
    if (dial.person) {
      campaign.liveAnswersSeen++;
    }
    Seat seat = dial.boundSeat != null ? dial.boundSeat : freeSeatForOutbound();
    if (seat != null) {
      connectOutbound(seat, dial);
      return;
    }
    campaign.answeredWaiting.addLast(dial);
    campaign.waiting++;
    stats.answersWaitingChanged(+1, now);
    events.schedule(now + campaign.spec.answeredPatience(), EventKind.ANSWER_GIVES_UP, dial, 0);
  }

  private void answerGivesUp(Dial dial) {
    if (dial.done) {
      return;
    }
    dial.done = true;
    CampaignRun campaign = dial.campaign;
    campaign.waiting--;
    stats.answersWaitingChanged(-1, now);
    if (dial.person) {
      campaign.abandonedSeen++;
      if (dial.measured) {
        stats.outboundAbandoned++;
      }
    }
  }

  /** Outbound-only agents first, then blend agents released to outbound, then blended ones. */
  private Seat freeSeatForOutbound() {
    Seat best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0, n = loggedInSeats.size(); i < n; i++) {
      Seat seat = loggedInSeats.get(i);
      Agent agent = seat.agent;
      if (!agent.isFreeForOutbound()) {
        continue;
      }
      int rank =
          agent.skill() == AgentSkill.OUTBOUND_ONLY
              ? 0
              : agent.mode() == AgentMode.OUTBOUND ? 1 : 2;
      if (rank < bestRank) {
        best = seat;
        bestRank = rank;
        if (rank == 0) {
          break;
        }
      }
    }
    return best;
  }

  private void connectOutbound(Seat seat, Dial dial) {
    dial.done = true;
    seat.agent.connect(CallDirection.OUTBOUND, now);
    seat.dial = dial;
    seat.busySince = now;
    dial.campaign.agentsOnCalls++;
    if (dial.person && dial.measured) {
      stats.outboundServed++;
    }
    double talk = dial.person ? dial.handleTime : MACHINE_MESSAGE_SECONDS;
    events.schedule(now + talk, EventKind.TALK_ENDS, seat, 0);
  }

  // ---- the engine

  private void decide() {
    boolean open = now < dayEnd;
    List<CampaignState> states = new ArrayList<>(campaigns.length);
    for (CampaignRun c : campaigns) {
      OutboundCampaign spec = c.spec;
      states.add(
          new CampaignState(
              spec.name(),
              open && now >= spec.dialFrom() && now < spec.dialUntil(),
              c.inFlight,
              c.waiting,
              c.agentsOnCalls,
              c.estimator,
              new DropBudget(spec.maxAbandonRate(), c.liveAnswersSeen, c.abandonedSeen),
              UNLIMITED_LEADS));
    }
    DialerSnapshot snapshot =
        new DialerSnapshot(
            now,
            loggedIn,
            waitingCallers,
            inboundEstimator.forecast(now),
            states,
            new ServiceLevelSoFar(answeredInTime, serviceLevelCounted));
    for (DialerCommand command : engine.decide(snapshot)) {
      apply(command);
    }
  }

  private void apply(DialerCommand command) {
    if (command instanceof DialerCommand.SwitchMode switchMode) {
      Seat seat = seatById.get(switchMode.agentId());
      seat.agent.switchMode(switchMode.mode(), now);
      if (seat.agent.state() == AgentState.IDLE) {
        route(seat);
      }
    } else if (command instanceof DialerCommand.LaunchCalls launch) {
      CampaignRun campaign = campaign(launch.campaignId());
      for (int i = 0; i < launch.count(); i++) {
        launch(campaign, null);
      }
    } else if (command instanceof DialerCommand.PreviewCall preview) {
      Seat seat = seatById.get(preview.agentId());
      int index = campaignIndex(preview.campaignId());
      seat.agent.reserve(now);
      double look = campaigns[index].spec.previewTime().sample(campaigns[index].previews);
      events.schedule(now + look, EventKind.PREVIEW_DONE, seat, index);
    }
  }

  private CampaignRun campaign(String id) {
    return campaigns[campaignIndex(id)];
  }

  private int campaignIndex(String id) {
    for (int i = 0; i < campaigns.length; i++) {
      if (campaigns[i].spec.name().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("engine named unknown campaign " + id);
  }
}
