package org.blenddialer.telephony;

import java.util.Map;
import java.util.Objects;

/**
 * One PBX server the service drives, as configured.
 *
 * @param name the name commands and events use
 * @param host where its AMI listens
 * @param port AMI port (5038)
 * @param username the AMI user
 * @param secret that user's secret: never logged, never shown ({@link #toString()} hides it)
 * @param trunks trunk name to dial template, {@code {number}} standing for the lead's number
 * @param outboundContext the dialplan context answered dialer calls run (AMD, campaign queue)
 * @param playContext the context that plays {@code DIALER_SOUND} and hangs up
 */
public record PbxServer(
    String name,
    String host,
    int port,
    String username,
    String secret,
    Map<String, String> trunks,
    String outboundContext,
    String playContext) {

  public PbxServer {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("PBX server name missing");
    }
    Objects.requireNonNull(host, "host");
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("PBX server '" + name + "': port out of range: " + port);
    }
    if (username == null || username.isBlank() || secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("PBX server '" + name + "': username and secret needed");
    }
    trunks = Map.copyOf(trunks);
    Objects.requireNonNull(outboundContext, "outboundContext");
    Objects.requireNonNull(playContext, "playContext");
  }

  /** The dial string for a number on one of this server's trunks. */
  public String dialString(String trunk, String number) {
    String template = trunks.get(trunk);
    if (template == null) {
      throw new IllegalArgumentException("PBX server '" + name + "' has no trunk '" + trunk + "'");
    }
    return template.replace("{number}", number);
  }

  public String address() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "PbxServer[name="
        + name
        + ", address="
        + address()
        + ", username="
        + username
        + ", trunks="
        + trunks.keySet()
        + "]";
  }
}
