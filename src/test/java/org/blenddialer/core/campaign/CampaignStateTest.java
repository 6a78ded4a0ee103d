package org.blenddialer.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignStateTest {

  @Test
  void aCampaignRunsPausesResumesStopsAndIsArchived() {
    CampaignState s = CampaignState.DRAFT;
    s = s.after(CampaignAction.START);
    assertThat(s).isEqualTo(CampaignState.RUNNING);
    s = s.after(CampaignAction.PAUSE);
    assertThat(s).isEqualTo(CampaignState.PAUSED);
    s = s.after(CampaignAction.RESUME).after(CampaignAction.STOP);
    assertThat(s).isEqualTo(CampaignState.STOPPED);
    assertThat(s.after(CampaignAction.START)).isEqualTo(CampaignState.RUNNING);
    assertThat(s.after(CampaignAction.ARCHIVE)).isEqualTo(CampaignState.ARCHIVED);
  }

  @ParameterizedTest
  @EnumSource(CampaignState.class)
  void everyActionOutsideTheAllowedSetIsRefusedWithTheAllowedOnesNamed(CampaignState state) {
    for (CampaignAction action : CampaignAction.values()) {
      if (state.allowedActions().contains(action)) {
        assertThat(state.after(action)).isNotNull();
      } else {
        assertThatThrownBy(() -> state.after(action))
            .isInstanceOf(IllegalCampaignTransition.class)
            .hasMessageContaining("A " + state + " campaign cannot");
      }
    }
  }

  @Test
  void archivedIsFinalAndReadOnly() {
    assertThat(CampaignState.ARCHIVED.allowedActions()).isEmpty();
    assertThat(CampaignState.ARCHIVED.editable()).isFalse();
    assertThat(CampaignState.RUNNING.editable()).isTrue();
  }
}
