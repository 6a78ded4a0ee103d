package org.blenddialer.dialer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.blenddialer.core.campaign.CallingHours;
import org.blenddialer.core.campaign.LeadOrder;
import org.junit.jupiter.api.Test;

/**
 * The campaign's lead order in the hopper's claim, against the real database: priority, oldest
 * import first, and time-zone aware (open windows closing soonest first, closed zones never).
 */
@QuarkusTest
class LeadOrderHopperTest {

  private static final AtomicLong CAMPAIGNS = new AtomicLong(890_000);
  private static final CallingHours NINE_TO_NINE =
      new CallingHours(LocalTime.of(9, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class));
  // 16:00 UTC: Helsinki 18:00, Berlin 17:00, London 16:00, New York 11:00, Los Angeles 08:00.
  private static final Instant NOW = Instant.parse("2026-11-24T16:00:00Z");
  private static final Instant DUE = NOW.minusSeconds(60);

  @Inject DataSource db;

  private final Hopper hopper() {
    return new Hopper(db);
  }

  @Test
  void oldestFirstTakesTheEarliestImportedLeadsWhateverTheirPriority() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    List<Long> ids =
        Leads.of(
            db,
            campaign,
            List.of(
                spec("Europe/Berlin", 3, 9),
                spec("Europe/Berlin", 1, 0),
                spec("Europe/Berlin", 2, 5),
                spec("Europe/Berlin", 4, 1)),
            DUE);
    assertThat(leadIds(claim(campaign, LeadOrder.OLDEST_FIRST, 10)))
        .containsExactly(ids.get(1), ids.get(2), ids.get(0), ids.get(3));
  }

  @Test
  void priorityOrderTakesTheHighestPriorityFirst() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    List<Long> ids =
        Leads.of(
            db,
            campaign,
            List.of(
                spec("Europe/Berlin", 3, 1),
                spec("Europe/Berlin", 1, 0),
                spec("Europe/Berlin", 2, 5)),
            DUE);
    assertThat(leadIds(claim(campaign, LeadOrder.PRIORITY, 10)))
        .containsExactly(ids.get(2), ids.get(0), ids.get(1));
  }

  @Test
  void timeZoneAwareCallsEasternZonesFirstAndNeverClaimsAClosedZone() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    List<Long> ids =
        Leads.of(
            db,
            campaign,
            List.of(
                spec("America/New_York", 1, 0),
                spec("America/Los_Angeles", 1, 9),
                spec("Europe/London", 1, 0),
                spec("Europe/Helsinki", 2, 0),
                spec("Europe/Berlin", 1, 0),
                spec("Europe/Helsinki", 1, 4),
                spec("Asia/Tokyo", 1, 9)),
            DUE);
    List<Hopper.Claimed> first = claim(campaign, LeadOrder.TIME_ZONE_AWARE, 3);
    // Helsinki closes first (19:00 UTC), by priority within the zone; then Berlin (20:00 UTC).
    assertThat(leadIds(first)).containsExactly(ids.get(5), ids.get(3), ids.get(4));
    List<Hopper.Claimed> rest = claim(campaign, LeadOrder.TIME_ZONE_AWARE, 10);
    assertThat(leadIds(rest)).containsExactly(ids.get(2), ids.get(0));
    // Los Angeles (08:00) and Tokyo (01:00) are closed: left READY, not claimed.
    assertThat(claim(campaign, LeadOrder.TIME_ZONE_AWARE, 10)).isEmpty();
    assertThat(hopper().dueCount(campaign, NOW, 100)).isEqualTo(2);
  }

  @Test
  void dueCallbacksStillComeBeforeNewLeadsInEveryOrder() throws Exception {
    for (LeadOrder order : LeadOrder.values()) {
      long campaign = CAMPAIGNS.incrementAndGet();
      List<Long> ids =
          Leads.of(
              db,
              campaign,
              List.of(spec("Europe/Helsinki", 1, 9), spec("America/Los_Angeles", 5, 0)),
              DUE);
      try (var c = db.getConnection();
          var s = c.prepareStatement("UPDATE lead SET status = 'CALLBACK' WHERE id = ?")) {
        s.setLong(1, ids.get(1));
        s.executeUpdate();
      }
      assertThat(leadIds(claim(campaign, order, 10)))
          .as(order.name())
          .startsWith(ids.get(1))
          .contains(ids.get(0));
    }
  }

  @Test
  void twoHoppersClaimingATimeZoneAwareCampaignAtOnceGetDisjointLeadsInZoneOrder()
      throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    List<Leads.Spec> specs = new ArrayList<>();
    String[] zones = {"Europe/Helsinki", "Europe/Berlin", "America/New_York", "Asia/Tokyo"};
    for (int i = 0; i < 200; i++) {
      specs.add(spec(zones[i % zones.length], i, i % 4));
    }
    Leads.of(db, campaign, specs, DUE);
    List<Hopper.Claimed> claimed = Collections.synchronizedList(new ArrayList<>());
    Runnable drain =
        () -> {
          Hopper h = hopper();
          while (true) {
            List<Hopper.Claimed> got = h.claim(launch(campaign, LeadOrder.TIME_ZONE_AWARE), 7, NOW);
            if (got.isEmpty()) {
              return;
            }
            claimed.addAll(got);
          }
        };
    CompletableFuture.allOf(CompletableFuture.runAsync(drain), CompletableFuture.runAsync(drain))
        .get(60, TimeUnit.SECONDS);
    Set<Long> distinct = new HashSet<>(leadIds(claimed));
    assertThat(distinct).hasSize(claimed.size()).hasSize(150);
    assertThat(claimed).noneMatch(c -> "Asia/Tokyo".equals(c.timeZone()));
  }

  private List<Hopper.Claimed> claim(long campaign, LeadOrder order, int limit) {
    return hopper().claim(launch(campaign, order), limit, NOW);
  }

  private static Hopper.Launch launch(long campaign, LeadOrder order) {
    return new Hopper.Launch(
        campaign,
        "embedded",
        "+4930901820",
        "PROGRESSIVE",
        "progressive",
        "test",
        null,
        order,
        NINE_TO_NINE);
  }

  private static Leads.Spec spec(String zone, int importOrder, int priority) {
    return new Leads.Spec(zone, NOW.minusSeconds(86_400L * 10 - importOrder * 3600L), priority);
  }

  private static List<Long> leadIds(List<Hopper.Claimed> claimed) {
    return claimed.stream().map(Hopper.Claimed::leadId).toList();
  }
}
