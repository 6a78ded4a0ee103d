package org.blenddialer.core.blending;

/** Always keeps {@code reserve} idle agents for inbound callers. */
public final class FixedReserve implements BlendingPolicy {

  private final int reserve;

  public FixedReserve(int reserve) {
    if (reserve < 0) {
      throw new IllegalArgumentException("reserve must not be negative: " + reserve);
    }
    this.reserve = reserve;
  }

  @Override
  public String name() {
    return "fixed-" + reserve;
  }

  @Override
  public int inboundReserve(BlendingSnapshot snapshot) {
    return reserve;
  }
}
