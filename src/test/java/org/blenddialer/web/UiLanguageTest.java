package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser's language picks the UI language; numbers and dates follow it. */
class UiLanguageTest {

  @Test
  void theBrowsersFirstSpokenLanguageWins() {
    assertThat(UiLanguage.fromAcceptLanguage("da-DK,da;q=0.9,en;q=0.8")).isEqualTo(UiLanguage.DA);
    assertThat(UiLanguage.fromAcceptLanguage("sv-SE")).isEqualTo(UiLanguage.SV);
    assertThat(UiLanguage.fromAcceptLanguage("de-DE,fi;q=0.7,en;q=0.5")).isEqualTo(UiLanguage.FI);
    assertThat(UiLanguage.fromAcceptLanguage("ru")).isEqualTo(UiLanguage.RU);
  }

  @Test
  void englishWhenNothingFitsOrTheHeaderIsMissingOrBroken() {
    assertThat(UiLanguage.fromAcceptLanguage("de-DE,fr;q=0.5")).isEqualTo(UiLanguage.EN);
    assertThat(UiLanguage.fromAcceptLanguage(null)).isEqualTo(UiLanguage.EN);
    assertThat(UiLanguage.fromAcceptLanguage(";;;q=x")).isEqualTo(UiLanguage.EN);
  }

  @Test
  void numbersAndDatesAreWrittenTheLanguagesWay() {
    ZoneId zone = ZoneId.of("Europe/Copenhagen");
    Instant at = Instant.parse("2026-11-23T18:05:00Z");
    LocalFormats danish = new LocalFormats(UiLanguage.DA.locale(), zone);
    LocalFormats english = new LocalFormats(UiLanguage.EN.locale(), zone);
    assertThat(danish.number(new BigDecimal("2.5"))).isEqualTo("2,5");
    assertThat(english.number(new BigDecimal("2.5"))).isEqualTo("2.5");
    assertThat(danish.dateTime(at)).contains("23").contains("2026").contains("19.05");
    assertThat(english.dateTime(at)).contains("Nov").contains("7:05");
    assertThat(new LocalFormats(UiLanguage.FI.locale(), zone).days(List.of(DayOfWeek.MONDAY)))
        .isEqualTo("ma");
  }
}
