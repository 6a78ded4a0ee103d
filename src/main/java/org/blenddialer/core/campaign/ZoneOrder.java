package org.blenddialer.core.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The time-zone aware lead order: of the zones a campaign's leads live in, those whose calling
 * window is open now, the one closing soonest first (so eastern zones are called before their
 * window shuts); zones whose window is closed are left out. A lead without a zone (null) or with an
 * unreadable one is taken to be in UTC, as the dialer's hours check does.
 */
public final class ZoneOrder {

  private ZoneOrder() {}

  /** The zones open at {@code now}, by closing time (then by name, for a stable order). */
  public static List<String> openByClosing(
      CallingHours hours, Collection<String> zones, Instant now) {
    record Open(String zone, Instant closes) {}
    List<Open> open = new ArrayList<>();
    for (String zone : zones) {
      Instant closes = hours.closing(now, zoneOf(zone));
      if (closes != null) {
        open.add(new Open(zone, closes));
      }
    }
    open.sort(
        Comparator.comparing(Open::closes).thenComparing(o -> o.zone() == null ? "" : o.zone()));
    List<String> out = new ArrayList<>(open.size());
    for (Open o : open) {
      out.add(o.zone());
    }
    return out;
  }

  /** The zone a lead's zone column stands for: UTC when missing or unreadable. */
  public static ZoneId zoneOf(String zone) {
    try {
      return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
