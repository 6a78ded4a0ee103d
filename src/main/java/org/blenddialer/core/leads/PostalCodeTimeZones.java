package org.blenddialer.core.leads;

import java.util.Locale;
import java.util.Optional;

/**
 * Time zones from postal codes, for countries whose numbers do not pin the zone down: the United
 * States by the first three ZIP digits and Canada by the first letter of the postal code. Coarse: a
 * few three-digit areas straddle a zone line and get the zone of most of their people.
 */
public final class PostalCodeTimeZones {

  private static final String NY = "America/New_York";
  private static final String CHI = "America/Chicago";
  private static final String DEN = "America/Denver";
  private static final String LA = "America/Los_Angeles";
  private static final String IND = "America/Indiana/Indianapolis";

  /** Inclusive ranges of the first three ZIP digits and their zone, in ascending order. */
  private static final Object[][] US = {
    {5, 5, NY},
    {6, 9, "America/Puerto_Rico"},
    {10, 319, NY},
    {320, 323, NY},
    {324, 325, CHI},
    {326, 349, NY},
    {350, 372, CHI},
    {373, 374, NY},
    {375, 375, CHI},
    {376, 379, NY},
    {380, 397, CHI},
    {398, 418, NY},
    {420, 424, CHI},
    {425, 459, NY},
    {460, 462, IND},
    {463, 464, CHI},
    {465, 475, IND},
    {476, 477, CHI},
    {478, 479, IND},
    {480, 499, "America/Detroit"},
    {500, 576, CHI},
    {577, 577, DEN},
    {580, 588, CHI},
    {590, 599, DEN},
    {600, 689, CHI},
    {690, 693, DEN},
    {700, 797, CHI},
    {798, 816, DEN},
    {820, 831, DEN},
    {832, 834, "America/Boise"},
    {835, 838, LA},
    {840, 847, DEN},
    {850, 865, "America/Phoenix"},
    {870, 884, DEN},
    {889, 961, LA},
    {967, 968, "Pacific/Honolulu"},
    {969, 969, "Pacific/Guam"},
    {970, 994, LA},
    {995, 999, "America/Anchorage"}
  };

  private PostalCodeTimeZones() {}

  /** The zone of a postal code in a country, when this table knows it. */
  public static Optional<String> zoneOf(String country, String postalCode) {
    if (country == null || postalCode == null) {
      return Optional.empty();
    }
    String code = postalCode.trim().toUpperCase(Locale.ROOT);
    return switch (country) {
      case "US" -> unitedStates(code);
      case "CA" -> canada(code);
      default -> Optional.empty();
    };
  }

  private static Optional<String> unitedStates(String zip) {
    if (zip.length() < 5 || !zip.substring(0, 5).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(zip.substring(0, 3));
    for (Object[] range : US) {
      if (prefix >= (int) range[0] && prefix <= (int) range[1]) {
        return Optional.of((String) range[2]);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canada(String code) {
    if (code.length() < 3 || !Character.isLetter(code.charAt(0))) {
      return Optional.empty();
    }
    String zone =
        switch (code.charAt(0)) {
          case 'A' -> "America/St_Johns";
          case 'B', 'C' -> "America/Halifax";
          case 'E' -> "America/Moncton";
          case 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P' -> "America/Toronto";
          case 'R' -> "America/Winnipeg";
          case 'S' -> "America/Regina";
          case 'T' -> "America/Edmonton";
          case 'V' -> "America/Vancouver";
          case 'X' -> "America/Yellowknife";
          case 'Y' -> "America/Whitehorse";
          default -> null;
        };
    return Optional.ofNullable(zone);
  }
}
