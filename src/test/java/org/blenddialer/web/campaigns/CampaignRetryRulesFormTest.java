package org.blenddialer.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.blenddialer.web.Screen;
import org.junit.jupiter.api.Test;

/**
 * A campaign manager sets a campaign's retry rules in its form: the standard rules to start from, a
 * row per outcome, an empty row for no retry, and refusals at the row's own input.
 */
@QuarkusTest
class CampaignRetryRulesFormTest {

  @Test
  void aNewCampaignStartsFromTheStandardRulesAndKeepsTheRowsItWasGiven() {
    String blank = manager().get("/ui/campaigns/new").then().statusCode(200).extract().asString();
    assertThat(blank)
        .contains("name=\"retryDelay-NO_ANSWER\" value=\"120\"")
        .contains("name=\"retryMax-NO_ANSWER\" value=\"4\"")
        .contains("name=\"retryDelay-ABANDONED\" value=\"4320\"")
        .doesNotContain("retryDelay-CONNECTED");

    String name = "Retry form " + System.nanoTime();
    Map<String, String> form = campaignForm(name);
    form.put("retryDelay-BUSY", "10");
    form.put("retryMax-BUSY", "2");
    form.put("retryDelay-NO_ANSWER", "60");
    form.put("retryMax-NO_ANSWER", "3");
    Response created = manager().formParams(form).redirects().follow(false).post("/ui/campaigns");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
    long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));

    assertThat(rules(id))
        .containsExactlyInAnyOrder(
            Map.of("outcome", "BUSY", "delayMinutes", 10, "maxAttempts", 2),
            Map.of("outcome", "NO_ANSWER", "delayMinutes", 60, "maxAttempts", 3));

    // Edited: the form shows the two rules; one changed, one emptied (no longer retried).
    String edit =
        manager().get("/ui/campaigns/" + id + "/edit").then().statusCode(200).extract().asString();
    assertThat(edit)
        .contains("name=\"retryMax-BUSY\" value=\"2\"")
        .contains("name=\"retryDelay-MACHINE\" value=\"\"");
    Map<String, String> changed = campaignForm(name);
    changed.put("retryDelay-NO_ANSWER", "90");
    changed.put("retryMax-NO_ANSWER", "5");
    manager()
        .formParams(changed)
        .redirects()
        .follow(false)
        .post("/ui/campaigns/" + id + "/edit")
        .then()
        .statusCode(303);
    assertThat(rules(id))
        .containsExactly(Map.of("outcome", "NO_ANSWER", "delayMinutes", 90, "maxAttempts", 5));
  }

  @Test
  void aHalfRowOrAFigureOutOfRangeIsRefusedAtItsInputInTheUsersLanguage() {
    String name = "Retry refused " + System.nanoTime();
    Map<String, String> form = campaignForm(name);
    form.put("retryDelay-MACHINE", "240");
    form.put("retryDelay-BUSY", "50000");
    form.put("retryMax-BUSY", "2");
    form.put("retryDelay-FAILED", "5");
    form.put("retryMax-FAILED", "many");
    String page =
        manager()
            .cookie(Screen.LANGUAGE_COOKIE, "da")
            .formParams(form)
            .post("/ui/campaigns")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("id=\"e-retryMax-MACHINE\">Angiv begge tal eller ingen af dem.")
        .contains("id=\"e-retryDelay-BUSY\"")
        .contains("id=\"e-retryMax-FAILED\"")
        .contains("value=\"50000\"")
        .doesNotContain("id=\"form-errors\"");
    assertThat(
            TestUsers.as(Role.CAMPAIGN_MANAGER)
                .get("/api/v1/campaigns")
                .jsonPath()
                .getList("name", String.class))
        .doesNotContain(name);
  }

  private static io.restassured.specification.RequestSpecification manager() {
    return TestUsers.as(Role.CAMPAIGN_MANAGER).cookie(Screen.LANGUAGE_COOKIE, "en");
  }

  private static Map<String, String> campaignForm(String name) {
    Map<String, String> f = new HashMap<>();
    f.put("name", name);
    f.put("dialMode", "PROGRESSIVE");
    f.put("asteriskQueue", "retry_form");
    f.put("asteriskServer", "default");
    f.put("trunk", "sim");
    f.put("callerId", "+4570000000");
    f.put("callingHoursStart", "09:00");
    f.put("callingHoursEnd", "20:00");
    f.put("callingDays", "MONDAY");
    f.put("amdHandling", "HANG_UP");
    f.put("maxAttemptsPerLead", "6");
    f.put("maxAttemptsPerDay", "2");
    f.put("leadOrder", "PRIORITY");
    return f;
  }

  private static List<Map<String, Object>> rules(long id) {
    return TestUsers.as(Role.CAMPAIGN_MANAGER)
        .get("/api/v1/campaigns/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("retryRules");
  }
}
