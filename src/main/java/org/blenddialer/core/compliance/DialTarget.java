package org.blenddialer.core.compliance;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number about to be dialed, with what the numbering plan (or the lead) says about it.
 *
 * @param e164 the number in E.164, e.g. {@code +13055550123}
 * @param country ISO 3166-1 alpha-2 country of the number, e.g. {@code US}
 * @param region subdivision when known, ISO 3166-2 style, e.g. {@code US-FL}; null when unknown
 * @param numberType mobile, fixed line, ...
 * @param zones candidate time zones of the called party, never empty; several when the source
 *     cannot tell which, and then a calling window must hold in every one of them
 * @param zoneSource where the zones came from
 */
public record DialTarget(
    String e164,
    String country,
    String region,
    NumberType numberType,
    List<ZoneId> zones,
    ZoneSource zoneSource) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public DialTarget {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 number: " + e164);
    }
    Objects.requireNonNull(country, "country");
    if (country.length() != 2) {
      throw new IllegalArgumentException("country must be ISO alpha-2: " + country);
    }
    Objects.requireNonNull(numberType, "numberType");
    Objects.requireNonNull(zoneSource, "zoneSource");
    zones = List.copyOf(zones);
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("a dial target needs at least one candidate time zone");
    }
  }

  /** The number's digits as a long, the key of the DNC index. */
  public long digits() {
    return Long.parseLong(e164.substring(1));
  }
}
