package org.blenddialer.sim;

import org.blenddialer.core.agent.Agent;

/** A simulated agent: the core's agent state machine plus what the simulator tracks about it. */
final class Seat {
  final Agent agent;
  final int group;
  int loggedInIndex = -1;
  boolean leaving;
  double loggedInAt;
  double busySince;
  Caller caller;
  Dial dial;

  Seat(Agent agent, int group) {
    this.agent = agent;
    this.group = group;
  }
}
