package org.blenddialer.sim;

/** An inbound caller in a simulated day. */
final class Caller {
  final int type;
  final double arrivedAt;
  final double handleTime;
  final double wrapUp;
  final boolean measured;
  boolean gone;

  Caller(int type, double arrivedAt, double handleTime, double wrapUp, boolean measured) {
    this.type = type;
    this.arrivedAt = arrivedAt;
    this.handleTime = handleTime;
    this.wrapUp = wrapUp;
    this.measured = measured;
  }
}
