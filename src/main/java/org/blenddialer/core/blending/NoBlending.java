package org.blenddialer.core.blending;

/** No reserve: blend agents stay in blended mode and take whatever routing gives them. */
public final class NoBlending implements BlendingPolicy {

  @Override
  public String name() {
    return "none";
  }

  @Override
  public int inboundReserve(BlendingSnapshot snapshot) {
    return 0;
  }

  @Override
  public boolean managesModes() {
    return false;
  }
}
