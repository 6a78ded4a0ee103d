package org.blenddialer.telephony;

import java.time.Instant;
import java.util.Objects;

/**
 * One server's link as health checks and dashboards show it.
 *
 * @param server the server's configured name
 * @param address host:port (never the credentials)
 * @param state where the link stands
 * @param since when it entered that state
 * @param detail the last error, or empty
 */
public record PbxLinkStatus(
    String server, String address, LinkState state, Instant since, String detail) {

  public PbxLinkStatus {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
    detail = detail == null ? "" : detail;
  }

  public boolean ready() {
    return state == LinkState.READY;
  }
}
