package org.blenddialer.telephony.pbxsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.blenddialer.core.ivr.DialplanWriter;
import org.blenddialer.core.ivr.IvrFixtures;
import org.blenddialer.core.ivr.MenuDestination;
import org.blenddialer.core.ivr.MenuNavigator;
import org.blenddialer.core.ivr.MenuPlan;
import org.blenddialer.core.ivr.MenuStep;
import org.junit.jupiter.api.Test;

/**
 * The generated dialplan, read and run the way the PBX simulator runs it, takes every caller the
 * same way as the menu plan says: every key path of up to four inputs while open, and shorter ones
 * at times closed, on a holiday and at the edges of the opening hours.
 */
class GeneratedMenuAgreementTest {

  private static final List<String> INPUTS = List.of("1", "2", "3", "9", "0", "#", "7", "t");

  private static final List<Instant> TIMES =
      List.of(
          Instant.parse("2026-11-23T09:30:00Z"), // Monday 10:30 in Copenhagen: open
          Instant.parse("2026-11-23T15:59:00Z"), // Monday 16:59: last open minute
          Instant.parse("2026-11-23T16:00:00Z"), // Monday 17:00: closed
          Instant.parse("2026-11-28T11:29:00Z"), // Saturday 12:29: open
          Instant.parse("2026-11-28T11:30:00Z"), // Saturday 12:30: closed
          Instant.parse("2026-11-22T12:00:00Z"), // Sunday: closed
          Instant.parse("2026-12-24T10:00:00Z")); // holiday

  @Test
  void everyKeyPathEndsInTheSamePlaceInTheDialplanAsInThePlan() {
    MenuPlan plan = IvrFixtures.twoLevelPlan();
    IvrDialplan dialplan = IvrDialplan.parse(DialplanWriter.render(plan));
    MenuNavigator navigator = new MenuNavigator(plan);
    int walks = 0;
    for (Instant at : TIMES) {
      // Every path of four inputs while open; closed times decide before the first key.
      for (List<String> keys : paths(at.equals(TIMES.get(0)) ? 4 : 2)) {
        for (String entry : List.of("main", "billing")) {
          MenuNavigator.Walk expected = navigator.walk(entry, at, keys);
          Result actual = run(dialplan, "ivr-" + entry, at, keys);
          assertThat(actual.steps)
              .as("%s at %s pressing %s", entry, at, keys)
              .isEqualTo(expected.steps().stream().map(MenuStep::toString).toList());
          assertThat(actual.end).as("end of %s at %s", keys, at).isEqualTo(end(expected.end()));
          walks++;
        }
      }
    }
    assertThat(walks).isGreaterThan(9_000);
  }

  private static String end(Optional<MenuDestination> d) {
    if (d.isEmpty()) {
      return "caller hung up";
    }
    return d.get() instanceof MenuDestination.ToQueue q ? "queue " + q.queue() : "hung up";
  }

  private record Result(List<String> steps, String end) {}

  private static Result run(IvrDialplan dialplan, String context, Instant at, List<String> keys) {
    List<String> steps = new ArrayList<>();
    IvrRun run =
        new IvrRun(
            dialplan,
            "inbound",
            context,
            "s",
            new HashMap<>(),
            (name, value) -> {
              if (name.equals(MenuStep.VARIABLE)) {
                steps.add(value);
              }
            });
    IvrRun.Pause pause = run.advance(at);
    int next = 0;
    while (true) {
      switch (pause.kind()) {
        case PLAYING -> pause = run.advance(at);
        case WAITING_FOR_KEY -> {
          if (next == keys.size()) {
            return new Result(steps, "caller hung up");
          }
          String key = keys.get(next++);
          pause = key.equals("t") ? run.timeout(at) : run.key(key, at);
        }
        case TO_QUEUE -> {
          return new Result(steps, "queue " + pause.what());
        }
        case HUNG_UP -> {
          return new Result(steps, "hung up");
        }
      }
    }
  }

  private static List<List<String>> paths(int maxLength) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    List<List<String>> frontier = List.of(List.of());
    for (int len = 1; len <= maxLength; len++) {
      List<List<String>> grown = new ArrayList<>();
      for (List<String> p : frontier) {
        for (String k : INPUTS) {
          List<String> q = new ArrayList<>(p);
          q.add(k);
          grown.add(q);
        }
      }
      out.addAll(grown);
      frontier = grown;
    }
    return out;
  }
}
