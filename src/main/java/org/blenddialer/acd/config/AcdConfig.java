package org.blenddialer.acd.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live ACD: agent sessions, inbound call tracking, live streams, blending and KPIs. */
@ConfigMapping(prefix = "dialer.acd")
public interface AcdConfig {

  /** The blending controller. */
  Blending blending();

  /** Live streams (server-sent events). */
  Live live();

  /** Inbound KPIs. */
  Kpi kpi();

  /**
   * At startup, log in every active agent whose phone is a simulated phone of the embedded PBX
   * simulator (device ending in @sim-agent/n), so the demo centre takes calls on its own.
   */
  @WithDefault("true")
  boolean simulatedAgentsLogIn();

  /** Where recordings of inbound calls go (MixMonitor file name prefix). */
  @WithDefault("inbound/")
  String recordingPrefix();

  /** The blending controller's settings. */
  interface Blending {

    /** Run the controller at all; when off, blended agents stay in blended mode. */
    @WithDefault("true")
    boolean enabled();

    /** How often the controller runs besides on events. */
    @WithDefault("1s")
    Duration tick();

    /** Time an agent stays in a mode before blending moves it again (waiting callers excepted). */
    @WithDefault("30s")
    Duration minTimeInMode();

    /** Agents held for inbound on top of what Erlang asks, for forecast error. */
    @WithDefault("0")
    int extraAgents();

    /**
     * While today's service level meets its target, blend agents on calls go to outbound mode, so
     * that when they come free they take a live answer (lost after 2 s) before a waiting caller;
     * below the target, callers first. Agents idle while callers wait are held for them either way.
     */
    @WithDefault("true")
    boolean liveAnswersFirstWhileOnTarget();

    /** Arrival rates learn over this time constant; older arrivals fade. */
    @WithDefault("10m")
    Duration arrivalTimeConstant();

    /** An inbound rate below this (calls per hour) counts as no inbound traffic at all. */
    @WithDefault("1")
    double minCallsPerHour();

    /** Handle time assumed before any call was seen. */
    @WithDefault("180s")
    Duration priorHandleTime();
  }

  /** Live stream settings. */
  interface Live {

    /**
     * A stream ends after this long; browsers' EventSource reconnects by itself. Keeps proxies and
     * idle clients from holding connections forever.
     */
    @WithDefault("1h")
    Duration streamMaxDuration();
  }

  /** Inbound KPI definitions. */
  interface Kpi {

    /** Callers who hang up within this wait count neither as offered nor as abandoned. */
    @WithDefault("5s")
    Duration shortAbandon();

    /** Whose midnight starts "today" for the live service level that blending feeds back on. */
    @WithDefault("UTC")
    String dayZone();
  }
}
