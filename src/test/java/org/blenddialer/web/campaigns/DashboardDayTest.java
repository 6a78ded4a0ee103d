package org.blenddialer.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.testing.TestCentre;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.blenddialer.web.Screen;
import org.junit.jupiter.api.Test;

/**
 * A campaign manager looks back at an earlier day on the dashboard: that whole day's figures, no
 * self-updating, and a clear notice for a day that cannot have figures.
 */
@QuarkusTest
class DashboardDayTest {

  @Inject DataSource db;

  @Test
  void anEarlierDayShowsThatDaysFiguresAndTodayItsOwn() throws SQLException {
    long queue = TestCentre.inboundQueue("Dashboard day inbound", "dash_day_in");
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator("Dashboard day", "PROGRESSIVE", "dash_day", queue);
    long campaign = TestCentre.createCampaign(c).jsonPath().getLong("id");
    // Two days ago at noon UTC: that date in the UI's zone; three dials, one dropped.
    Instant noon =
        Instant.now().truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS).plusSeconds(12 * 3600);
    LocalDate day = LocalDate.ofInstant(noon, ZoneOffset.UTC);
    attempt(campaign, noon, false);
    attempt(campaign, noon.plusSeconds(60), false);
    attempt(campaign, noon.plusSeconds(120), true);

    String earlier = page(campaign, "?day=" + day);
    assertThat(earlier)
        .contains("id=\"dashboard-period\"")
        .contains("The whole day of")
        .contains("value=\"" + day + "\"")
        .contains("id=\"to-today\"")
        .doesNotContain("hx-trigger=\"every 3s\"")
        .doesNotContain("id=\"day-notice\"");
    assertThat(figure(earlier, "fig-dials")).isEqualTo("3");
    assertThat(figure(earlier, "fig-abandon-rate")).isEqualTo("33.3%");

    String today = page(campaign, "");
    assertThat(figure(today, "fig-dials")).isEqualTo("0");
    assertThat(today).contains("hx-trigger=\"every 3s\"").doesNotContain("id=\"to-today\"");

    // The live part of the earlier day is that day's too.
    String live =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .get("/ui/campaign/" + campaign + "/dashboard/live?day=" + day)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(figure(live, "fig-dials")).isEqualTo("3");

    for (String bad : new String[] {"?day=yesterday", "?day=" + LocalDate.now().plusDays(2)}) {
      String shown = page(campaign, bad);
      assertThat(shown).as(bad).contains("id=\"day-notice\"").contains("showing today");
      assertThat(figure(shown, "fig-dials")).as(bad).isEqualTo("0");
    }
    assertThat(
            TestUsers.as(Role.CAMPAIGN_MANAGER)
                .cookie(Screen.LANGUAGE_COOKIE, "da")
                .get("/ui/campaign/" + campaign + "/dashboard?day=" + day)
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("Hele dagen");
  }

  private static String page(long campaign, String query) {
    return TestUsers.as(Role.CAMPAIGN_MANAGER)
        .cookie(Screen.LANGUAGE_COOKIE, "en")
        .get("/ui/campaign/" + campaign + "/dashboard" + query)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** The text of the figure with this id. */
  private static String figure(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\">");
    assertThat(at).as(id).isNotNegative();
    int from = at + id.length() + 6;
    return html.substring(from, html.indexOf('<', from)).trim();
  }

  private void attempt(long campaign, Instant dialed, boolean dropped) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164,"
                    + " caller_id, server, dial_mode, pacing_policy, queued_at, dialed_at,"
                    + " answered_at, connected_at, ended_at, outcome, dropped, talk_seconds)"
                    + " VALUES (0, ?, 1, '+4533445566', '+4570000000', 'sim', 'PROGRESSIVE',"
                    + " 'PROGRESSIVE', ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, campaign);
      s.setTimestamp(2, Timestamp.from(dialed));
      s.setTimestamp(3, Timestamp.from(dialed));
      s.setTimestamp(4, Timestamp.from(dialed.plusSeconds(8)));
      s.setTimestamp(5, dropped ? null : Timestamp.from(dialed.plusSeconds(9)));
      s.setTimestamp(6, Timestamp.from(dialed.plusSeconds(70)));
      s.setString(7, dropped ? "ABANDONED" : "CONNECTED");
      s.setBoolean(8, dropped);
      s.setInt(9, dropped ? 0 : 60);
      s.executeUpdate();
    }
  }
}
