package org.blenddialer.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blenddialer.acd.live.CallerLookup;
import org.junit.jupiter.api.Test;

class CallerCardTest {

  private static final CallerLookup.KnownLead JENS =
      new CallerLookup.KnownLead(
          31,
          "Jens Jensen",
          7,
          "Spring",
          4,
          "Jutland",
          Map.of("city", "Aarhus"),
          "READY",
          null,
          null);

  @Test
  void theScriptOfTheNewestLeadsCampaignIsFilledWithItsFields() {
    CallerCard card =
        CallerCard.of(
            "+4520123456",
            List.of(),
            new CallerLookup.CallerInfo(
                "+4520123456",
                new CallerLookup.Part<>("known", List.of(JENS), null),
                new CallerLookup.Part<>(
                    "known",
                    new CallerLookup.DncStatus(List.of("internal"), List.of("internal"), Map.of()),
                    null),
                new CallerLookup.Part<>(
                    "known", new CallerLookup.ConsentStatus("GRANTED", List.of()), null)),
            campaign ->
                campaign == 7
                    ? Optional.of(
                        "Hello {{name}} in {{city}}, this is {{agentName}} ({{tier|new}})")
                    : Optional.empty(),
            "Dorte");
    assertThat(card.script()).isEqualTo("Hello Jens Jensen in Aarhus, this is Dorte (new)");
    assertThat(card.scriptCampaign()).isEqualTo("Spring");
    assertThat(card.onDnc()).isTrue();
    assertThat(card.consentState()).isEqualTo("GRANTED");
    assertThat(card.leads()).extracting(CallerCard.Lead::name).containsExactly("Jens Jensen");
  }

  @Test
  void partsThatCouldNotBeReadSayWhyAndAreNotShownAsClear() {
    String why = "the caller's number is not a phone number: 'anonymous'";
    CallerCard card =
        CallerCard.of(
            "anonymous",
            List.of(),
            new CallerLookup.CallerInfo(
                null,
                new CallerLookup.Part<>("unknown", null, why),
                new CallerLookup.Part<>("unknown", null, why),
                new CallerLookup.Part<>("unknown", null, why)),
            campaign -> Optional.empty(),
            "Dorte");
    assertThat(card.dncUnknown()).isEqualTo(why);
    assertThat(card.onDnc()).isFalse();
    assertThat(card.consentState()).isNull();
    assertThat(card.consentUnknown()).isEqualTo(why);
    assertThat(card.script()).isNull();
  }
}
