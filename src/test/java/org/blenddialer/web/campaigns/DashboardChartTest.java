package org.blenddialer.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.blenddialer.dialer.service.CampaignBreakdown;
import org.junit.jupiter.api.Test;

/** The dashboard's charts are drawn to scale: bars by count, the abandon line under its cap. */
class DashboardChartTest {

  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  private static DashboardChart chart(Double cap, CampaignBreakdown.Window... windows) {
    List<String> times = java.util.Arrays.stream(windows).map(w -> "t").toList();
    return DashboardChart.of(
        List.of(windows),
        cap,
        times,
        String::valueOf,
        r -> String.format(java.util.Locale.ROOT, "%.1f%%", r * 100),
        (time, dials, connects) -> time + " " + dials + "/" + connects);
  }

  @Test
  void barsAreAsTallAsTheirCountsOnAnAxisThatHoldsTheHighest() {
    DashboardChart c =
        chart(
            null,
            new CampaignBreakdown.Window(T, 8, 4, 2, 1, 0),
            new CampaignBreakdown.Window(T.plusSeconds(1800), 4, 0, 0, 0, 0));

    assertThat(c.barTicks().get(4).text()).isEqualTo("8");
    DashboardChart.Bar first = c.bars().get(0);
    assertThat(first.dialsHeight()).isEqualTo(DashboardChart.HEIGHT);
    assertThat(first.connectsHeight()).isEqualTo(DashboardChart.HEIGHT / 4.0);
    assertThat(c.bars().get(1).dialsHeight()).isEqualTo(DashboardChart.HEIGHT / 2.0);
    assertThat(first.title()).isEqualTo("t 8/2");
  }

  @Test
  void theAbandonLineSkipsWindowsWithoutLiveAnswersAndTheCapLineSitsAtItsRate() {
    DashboardChart c =
        chart(
            0.03,
            new CampaignBreakdown.Window(T, 10, 10, 9, 0, 0),
            new CampaignBreakdown.Window(T.plusSeconds(1800), 3, 0, 0, 0, 0),
            new CampaignBreakdown.Window(T.plusSeconds(3600), 60, 50, 45, 0, 1));

    assertThat(c.abandonDots()).hasSize(2);
    // The axis goes to twice the cap (6 %): 2 % sits below the cap's line (SVG's y grows down).
    assertThat(c.rateTicks().get(4).text()).isEqualTo("6.0%");
    assertThat(c.capY()).isEqualTo(DashboardChart.HEIGHT / 2.0);
    assertThat(c.abandonDots().get(0).y()).isEqualTo(DashboardChart.HEIGHT);
    assertThat(c.abandonDots().get(1).title()).isEqualTo("t: 2.0%");
    assertThat(c.abandonDots().get(1).y()).isGreaterThan(c.capY());
  }

  @Test
  void aWindowAboveTheCapRaisesTheAxisAndItsPointLiesAboveTheCapLine() {
    DashboardChart c = chart(0.03, new CampaignBreakdown.Window(T, 10, 10, 9, 0, 1));

    assertThat(c.rateTicks().get(4).text()).isEqualTo("10.0%");
    assertThat(c.abandonDots().get(0).y()).isZero();
    assertThat(c.capY())
        .isCloseTo(DashboardChart.HEIGHT * 0.7, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void withoutACapThereIsNoCapLine() {
    assertThat(chart(null, new CampaignBreakdown.Window(T, 1, 1, 1, 0, 0)).capY()).isNull();
  }
}
