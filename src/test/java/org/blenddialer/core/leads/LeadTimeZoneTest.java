package org.blenddialer.core.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTimeZoneTest {

  @Test
  void anExplicitZoneBeatsThePostalCodeWhichBeatsTheNumber() {
    Optional<String> postal = Optional.of("America/Los_Angeles");
    List<String> number = List.of("America/New_York");
    assertThat(LeadTimeZone.choose("America/Chicago", postal, number))
        .isEqualTo(new LeadTimeZone("America/Chicago", TimeZoneSource.EXPLICIT));
    assertThat(LeadTimeZone.choose(null, postal, number).source())
        .isEqualTo(TimeZoneSource.POSTAL_CODE);
    assertThat(LeadTimeZone.choose(null, Optional.empty(), number))
        .isEqualTo(new LeadTimeZone("America/New_York", TimeZoneSource.NUMBER));
  }

  @Test
  void candidatesThatKeepTheSameClockAreOneZoneOthersAreUnknown() {
    assertThat(
            LeadTimeZone.choose(
                null, Optional.empty(), List.of("Europe/Helsinki", "Europe/Mariehamn")))
        .isEqualTo(new LeadTimeZone("Europe/Helsinki", TimeZoneSource.NUMBER));
    assertThat(
            LeadTimeZone.choose(
                    null, Optional.empty(), List.of("Arctic/Longyearbyen", "Europe/Oslo"))
                .zoneId())
        .isEqualTo("Europe/Oslo");
    assertThat(LeadTimeZone.choose(null, Optional.empty(), List.of("Europe/Moscow", "Asia/Omsk")))
        .isEqualTo(new LeadTimeZone(null, TimeZoneSource.UNKNOWN));
    assertThat(LeadTimeZone.choose(null, Optional.empty(), List.of("Etc/Unknown")).source())
        .isEqualTo(TimeZoneSource.UNKNOWN);
  }

  @Test
  void parsesOnlyRegionZones() {
    assertThat(LeadTimeZone.parse(" Europe/Copenhagen ")).contains("Europe/Copenhagen");
    assertThat(LeadTimeZone.parse("Mars/Base")).isEmpty();
    assertThat(LeadTimeZone.parse("CET")).isEmpty();
    assertThat(LeadTimeZone.parse("+01:00")).isEmpty();
  }

  @Test
  void postalCodesPlaceUsAndCanadianLeads() {
    assertThat(PostalCodeTimeZones.zoneOf("US", "94105")).contains("America/Los_Angeles");
    assertThat(PostalCodeTimeZones.zoneOf("US", "10001-1234")).contains("America/New_York");
    assertThat(PostalCodeTimeZones.zoneOf("US", "60601")).contains("America/Chicago");
    assertThat(PostalCodeTimeZones.zoneOf("US", "85001")).contains("America/Phoenix");
    assertThat(PostalCodeTimeZones.zoneOf("US", "96813")).contains("Pacific/Honolulu");
    assertThat(PostalCodeTimeZones.zoneOf("CA", "V6B 1A1")).contains("America/Vancouver");
    assertThat(PostalCodeTimeZones.zoneOf("US", "ABCDE")).isEmpty();
    assertThat(PostalCodeTimeZones.zoneOf("DK", "5970")).isEmpty();
  }
}
