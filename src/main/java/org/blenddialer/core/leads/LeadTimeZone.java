package org.blenddialer.core.leads;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

/**
 * A lead's time zone and where it came from: an explicit column wins over the postal code, which
 * wins over the phone number; a number whose candidate zones keep different clocks leaves it
 * unknown.
 *
 * @param zoneId IANA zone id, or null when unknown
 * @param source where it came from
 */
public record LeadTimeZone(String zoneId, TimeZoneSource source) {

  private static final LeadTimeZone UNKNOWN = new LeadTimeZone(null, TimeZoneSource.UNKNOWN);

  public LeadTimeZone {
    if (source == null || (zoneId == null) != (source == TimeZoneSource.UNKNOWN)) {
      throw new IllegalArgumentException("a known zone needs a source, an unknown one none");
    }
  }

  /**
   * Decides the zone.
   *
   * @param explicit a valid zone from the file, or null
   * @param postalZone the postal code's zone, or empty
   * @param numberZones candidate zones of the phone number
   */
  public static LeadTimeZone choose(
      String explicit, Optional<String> postalZone, List<String> numberZones) {
    if (explicit != null) {
      return new LeadTimeZone(explicit, TimeZoneSource.EXPLICIT);
    }
    if (postalZone.isPresent()) {
      return new LeadTimeZone(postalZone.get(), TimeZoneSource.POSTAL_CODE);
    }
    List<String> known = numberZones.stream().filter(LeadTimeZone::isZone).toList();
    if (known.isEmpty()) {
      return UNKNOWN;
    }
    ZoneRules rules = ZoneId.of(known.get(0)).getRules();
    for (String zone : known) {
      if (!ZoneId.of(zone).getRules().equals(rules)) {
        return UNKNOWN;
      }
    }
    // Candidates that keep the same clock (Helsinki and Mariehamn) are one answer: name it by
    // the mainland zone rather than an island or polar one.
    String named = known.stream().filter(LeadTimeZone::isMainland).findFirst().orElse(known.get(0));
    return new LeadTimeZone(named, TimeZoneSource.NUMBER);
  }

  private static boolean isMainland(String zone) {
    return zone.startsWith("Europe/")
        || zone.startsWith("America/")
        || zone.startsWith("Asia/")
        || zone.startsWith("Africa/")
        || zone.startsWith("Australia/");
  }

  /** The canonical id of a zone written in a file, or empty when it is not an IANA zone. */
  public static Optional<String> parse(String text) {
    if (text == null || text.isBlank() || !text.trim().contains("/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(text.trim()).getId());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isZone(String id) {
    return parse(id).isPresent();
  }
}
