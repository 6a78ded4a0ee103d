package org.blenddialer.core.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuPlanTest {

  private static IvrMenu menu(String name, Map<String, MenuDestination> options) {
    return new IvrMenu(name, "custom/" + name, "", 5, 1, options, null, null, null);
  }

  @Test
  void aMenuThatLoopsToItselfWithNoExitIsRefused() {
    assertThatThrownBy(
            () ->
                MenuPlan.of(
                    List.of(menu("loop", Map.of("1", new MenuDestination.ToMenu("loop")))),
                    Set.of("support")))
        .isInstanceOf(MenuPlan.InvalidPlanException.class)
        .hasMessageContaining("loop.options")
        .hasMessageContaining("no exit");
  }

  @Test
  void twoMenusSendingCallersToEachOtherOnlyAreRefusedBoth() {
    var e =
        (MenuPlan.InvalidPlanException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    MenuPlan.of(
                        List.of(
                            menu("a", Map.of("1", new MenuDestination.ToMenu("b"))),
                            menu("b", Map.of("1", new MenuDestination.ToMenu("a")))),
                        Set.of()));
    assertThat(e.problems()).extracting(MenuPlan.Problem::field).contains("a.options", "b.options");
  }

  @Test
  void aLoopWithAKeyOutIsFine() {
    MenuPlan plan =
        MenuPlan.of(
            List.of(
                menu(
                    "a",
                    Map.of(
                        "1", new MenuDestination.ToMenu("b"),
                        "2", new MenuDestination.ToMenu("a"))),
                menu(
                    "b",
                    Map.of(
                        "1",
                        new MenuDestination.ToMenu("a"),
                        "2",
                        new MenuDestination.ToQueue("support")))),
            Set.of("support"));
    assertThat(plan.menusLeadingTo("b")).containsExactly("a");
  }

  @Test
  void optionsToMissingQueuesOrMenusAreNamed() {
    var e =
        (MenuPlan.InvalidPlanException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    MenuPlan.of(
                        List.of(
                            menu(
                                "a",
                                Map.of(
                                    "1", new MenuDestination.ToQueue("nowhere"),
                                    "2", new MenuDestination.ToMenu("ghost")))),
                        Set.of("support")));
    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            new MenuPlan.Problem("a.options.1", "no inbound queue named 'nowhere'"),
            new MenuPlan.Problem("a.options.2", "no menu named 'ghost'"));
  }

  @Test
  void badValuesAreRefusedByTheMenuItself() {
    assertThatThrownBy(() -> menu("Bad Name", Map.of("1", new MenuDestination.HangUp())))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> menu("a", Map.of("x", new MenuDestination.HangUp())))
        .hasMessageContaining("key");
    assertThatThrownBy(() -> new MenuDestination.PlayMessage("../etc/passwd"))
        .hasMessageContaining("sound");
  }

  @Test
  void theNavigatorFollowsKeysRetriesAndHours() {
    MenuNavigator nav = new MenuNavigator(IvrFixtures.twoLevelPlan());
    Instant mondayMorning = Instant.parse("2026-11-23T09:00:00Z");
    var walk = nav.walk("main", mondayMorning, List.of("1", "1"));
    assertThat(walk.end()).contains(new MenuDestination.ToQueue("sales"));
    assertThat(walk.steps())
        .extracting(MenuStep::toString)
        .containsExactly(
            "main:enter:menu:main",
            "main:1:menu:billing",
            "billing:enter:menu:billing",
            "billing:1:queue:sales");
    // two retries, then the third miss goes to the no-choice destination
    assertThat(nav.walk("main", mondayMorning, List.of("t", "7", "t")).end())
        .contains(new MenuDestination.ToQueue("support"));
    Instant christmasEve = Instant.parse("2026-12-24T10:00:00Z");
    assertThat(nav.walk("main", christmasEve, List.of("1")).end())
        .contains(new MenuDestination.PlayMessage("custom/closed"));
    Instant sundayNoon = Instant.parse("2026-11-22T11:00:00Z");
    assertThat(nav.walk("main", sundayNoon, List.of()).end())
        .contains(new MenuDestination.PlayMessage("custom/closed"));
    assertThat(nav.walk("main", mondayMorning, List.of()).end()).isEmpty();
  }
}
