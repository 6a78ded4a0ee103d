package org.blenddialer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentTest {

  @Test
  void aBlendAgentWorksAnOutboundCallFromLoginToWrapUp() {
    Agent agent = new Agent("a1", "team", AgentSkill.BLEND);
    agent.logIn(10);
    assertThat(agent.state()).isEqualTo(AgentState.IDLE);
    assertThat(agent.mode()).isEqualTo(AgentMode.BLENDED);
    agent.switchMode(AgentMode.OUTBOUND, 11);
    agent.connect(CallDirection.OUTBOUND, 12);
    assertThat(agent.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(agent.callStartedAt()).isEqualTo(12);
    assertThat(agent.returnsToOutbound()).isTrue();
    agent.hangUp(100);
    assertThat(agent.state()).isEqualTo(AgentState.WRAP_UP);
    agent.finishWrapUp(110);
    assertThat(agent.state()).isEqualTo(AgentState.IDLE);
    assertThat(agent.callDirection()).isNull();
    assertThat(agent.stateSince()).isEqualTo(110);
    agent.logOut(120);
    assertThat(agent.state()).isEqualTo(AgentState.LOGGED_OUT);
  }

  @Test
  void aPreviewReservesTheAgentRingsAndConnects() {
    Agent agent = new Agent("a1", "team", AgentSkill.OUTBOUND_ONLY);
    agent.logIn(0);
    agent.reserve(1);
    assertThat(agent.isFreeForOutbound()).isFalse();
    agent.ring(CallDirection.OUTBOUND, 2);
    agent.connect(CallDirection.OUTBOUND, 3);
    assertThat(agent.state()).isEqualTo(AgentState.ON_CALL);
  }

  @Test
  void pausesNeedAReasonAndEndWithResume() {
    Agent agent = new Agent("a1", "team", AgentSkill.INBOUND_ONLY);
    agent.logIn(0);
    assertThatThrownBy(() -> agent.pause(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    agent.pause("lunch", 1);
    assertThat(agent.pauseReason()).isEqualTo("lunch");
    assertThatThrownBy(() -> agent.connect(CallDirection.INBOUND, 2))
        .isInstanceOf(IllegalAgentTransitionException.class);
    agent.resume(3);
    assertThat(agent.pauseReason()).isNull();
    assertThat(agent.state()).isEqualTo(AgentState.IDLE);
  }

  @Test
  void illegalTransitionsAreRejectedWithTheStateAndTheAttempt() {
    Agent agent = new Agent("a7", "team", AgentSkill.BLEND);
    assertThatThrownBy(() -> agent.connect(CallDirection.INBOUND, 0))
        .isInstanceOf(IllegalAgentTransitionException.class)
        .hasMessage("agent a7 cannot connect a call while LOGGED_OUT");
    agent.logIn(0);
    assertThatThrownBy(() -> agent.hangUp(1))
        .isInstanceOfSatisfying(
            IllegalAgentTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(AgentState.IDLE);
              assertThat(e.attempted()).isEqualTo("hang up");
            });
    agent.connect(CallDirection.INBOUND, 1);
    assertThatThrownBy(() -> agent.logOut(2)).isInstanceOf(IllegalAgentTransitionException.class);
    assertThatThrownBy(() -> agent.logIn(2)).isInstanceOf(IllegalAgentTransitionException.class);
    assertThatThrownBy(() -> agent.finishWrapUp(2))
        .isInstanceOf(IllegalAgentTransitionException.class);
    assertThatThrownBy(() -> agent.reserve(2)).isInstanceOf(IllegalAgentTransitionException.class);
  }

  @Test
  void skillsAndModesBoundTheCallsAnAgentMayTake() {
    Agent inboundOnly = new Agent("i", "team", AgentSkill.INBOUND_ONLY);
    inboundOnly.logIn(0);
    assertThatThrownBy(() -> inboundOnly.switchMode(AgentMode.OUTBOUND, 1))
        .isInstanceOf(IllegalAgentTransitionException.class)
        .hasMessageContaining("INBOUND_ONLY");
    assertThatThrownBy(() -> inboundOnly.connect(CallDirection.OUTBOUND, 1))
        .isInstanceOf(IllegalAgentTransitionException.class);

    Agent held = new Agent("b", "team", AgentSkill.BLEND);
    held.logIn(0);
    held.switchMode(AgentMode.INBOUND, 5);
    assertThat(held.modeSince()).isEqualTo(5);
    assertThatThrownBy(() -> held.connect(CallDirection.OUTBOUND, 6))
        .isInstanceOf(IllegalAgentTransitionException.class);
    held.connect(CallDirection.INBOUND, 6);

    Agent outboundOnly = new Agent("o", "team", AgentSkill.OUTBOUND_ONLY);
    outboundOnly.logIn(0);
    assertThatThrownBy(() -> outboundOnly.connect(CallDirection.INBOUND, 1))
        .isInstanceOf(IllegalAgentTransitionException.class);
  }
}
