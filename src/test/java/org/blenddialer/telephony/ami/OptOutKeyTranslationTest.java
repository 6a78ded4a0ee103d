package org.blenddialer.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.asteriskjava.manager.event.VarSetEvent;
import org.blenddialer.telephony.PbxEvent;
import org.junit.jupiter.api.Test;

class OptOutKeyTranslationTest {

  private final AmiEventTranslator translator =
      new AmiEventTranslator("pbx1", InstantSource.fixed(Instant.parse("2026-11-24T10:00:00Z")));

  @Test
  void theDialplansOptOutVariableBecomesAKeyPressForItsAttempt() {
    PbxEvent e = translator.translate(varSet("1700000000.12", "DIALER_OPT_OUT", "4711:9"));

    assertThat(e)
        .isEqualTo(
            new PbxEvent.OptOutKeyPressed(
                "pbx1",
                Instant.parse("2026-11-24T10:00:00Z"),
                "1700000000.12",
                Optional.of("4711"),
                "9"));
  }

  @Test
  void withoutAnAttemptInTheValueTheChannelsTrackedAttemptIsUsed() {
    translator.rememberAttempt("1700000000.13", "4712");

    PbxEvent e = translator.translate(varSet("1700000000.13", "DIALER_OPT_OUT", "9"));

    assertThat(e).isInstanceOf(PbxEvent.OptOutKeyPressed.class);
    assertThat(((PbxEvent.OptOutKeyPressed) e).attemptId()).contains("4712");
  }

  @Test
  void aClearedVariableIsNoKeyPress() {
    assertThat(translator.translate(varSet("1700000000.14", "DIALER_OPT_OUT", ""))).isNull();
    assertThat(translator.translate(varSet("1700000000.14", "DIALER_OPT_OUT", "4713:"))).isNull();
  }

  private static VarSetEvent varSet(String uniqueId, String variable, String value) {
    VarSetEvent v = new VarSetEvent(new Object());
    v.setUniqueId(uniqueId);
    v.setChannel("PJSIP/carrier-00000001");
    v.setVariable(variable);
    v.setValue(value);
    return v;
  }
}
