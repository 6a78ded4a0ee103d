package org.blenddialer.web.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.acd.live.CallerLookup;
import org.blenddialer.acd.live.ScreenPop;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.callcontrol.live.CallControl;
import org.blenddialer.core.agent.AgentState;
import org.jboss.logging.Logger;

/** Puts together the call part of the desk: the call now, its screen pop, the last call. */
@ApplicationScoped
public class DeskCall {

  private static final Logger LOG = Logger.getLogger(DeskCall.class);

  private final ObjectMapper json;
  private final ScreenPop screenPop;
  private final CallerLookup callers;
  private final DeskReader reader;
  private final InstantSource clock;
  private final CallControl control;
  private final org.blenddialer.acd.live.CallHandovers handovers;

  DeskCall(
      ObjectMapper json,
      ScreenPop screenPop,
      CallerLookup callers,
      DeskReader reader,
      InstantSource clock,
      CallControl control,
      org.blenddialer.acd.live.CallHandovers handovers) {
    this.control = control;
    this.handovers = handovers;
    this.json = json;
    this.screenPop = screenPop;
    this.callers = callers;
    this.reader = reader;
    this.clock = clock;
  }

  /**
   * The call part.
   *
   * @param call the call the phone rings for or is on (or was on, in wrap-up), or null
   * @param card the screen pop of that call's caller, or null
   * @param last the last call the agent answered that is over (for its disposition), or null
   * @param key changes whenever the call part must be shown afresh
   * @param control the call control state of the call (TALKING, HELD, CONSULTING...), or null
   * @param handover who handed the call over and their note, or null
   */
  @TemplateData
  public record Now(
      CallNow call,
      CallerCard card,
      DeskReader.LastCall last,
      String key,
      String control,
      org.blenddialer.acd.live.CallHandovers.Handover handover) {}

  /** The call part for an agent's status. */
  public Now now(AgentStatus status, String agentName) {
    CallNow call = currentCall(status);
    DeskReader.LastCall last = null;
    if (status.state() != AgentState.LOGGED_OUT) {
      last =
          call == null
              ? reader.lastCall(status.agentId()).orElse(null)
              : reader.answeredCall(status.agentId(), call.callId()).orElse(null);
    }
    CallerCard card = call == null ? null : card(call.callerNumber(), agentName);
    String controlState = null;
    org.blenddialer.acd.live.CallHandovers.Handover handover = null;
    if (call != null) {
      String state = control.stateOf(call.callId());
      controlState = state == null ? "TALKING" : state;
      handover = handovers.of(call.callId()).orElse(null);
    }
    String key =
        (call == null ? "-" : call.callId() + ":" + (call.answeredAt() != null))
            + "|"
            + (last == null ? "-" : last.callId() + ":" + last.dispositionAt())
            + "|"
            + controlState;
    return new Now(call, card, last, key, controlState, handover);
  }

  /** The service's clock now, for the page's time-in-state counter. */
  public long nowMillis() {
    return clock.millis();
  }

  /** The call of an agent's status, or null. */
  CallNow currentCall(AgentStatus status) {
    Object call = status.currentCall();
    return call == null ? null : json.convertValue(call, CallNow.class);
  }

  private CallerCard card(String callerNumber, String agentName) {
    List<ScreenPop.EarlierCall> earlier = List.of();
    if (callerNumber != null && !callerNumber.isBlank()) {
      try {
        earlier = screenPop.earlierCalls(callerNumber);
      } catch (RuntimeException e) {
        LOG.warnf("desk: earlier calls could not be read: %s", e.getMessage());
      }
    }
    return CallerCard.of(
        callerNumber, earlier, callers.lookUp(callerNumber), reader::script, agentName);
  }
}
