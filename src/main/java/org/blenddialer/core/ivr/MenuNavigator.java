package org.blenddialer.core.ivr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What a menu plan does with a caller who presses the given keys: the reference behaviour that the
 * generated dialplan and the PBX simulator must both follow.
 */
public final class MenuNavigator {

  /** Input meaning "the caller pressed nothing before the timeout". */
  public static final String NO_KEY = "t";

  /** Where a walk ended: the steps taken, and the destination (empty if the caller hung up). */
  public record Walk(List<MenuStep> steps, Optional<MenuDestination> end) {
    public Walk {
      steps = List.copyOf(steps);
    }
  }

  private final MenuPlan plan;

  public MenuNavigator(MenuPlan plan) {
    this.plan = plan;
  }

  /**
   * Walks a caller reaching {@code entry} at {@code at} through the menus. Each input is a key or
   * {@link #NO_KEY}; a caller who runs out of inputs while a menu waits has hung up.
   */
  public Walk walk(String entry, Instant at, List<String> inputs) {
    List<MenuStep> steps = new ArrayList<>();
    Iterator<String> keys = inputs.iterator();
    IvrMenu menu = plan.menu(entry);
    // A plan is checked for exits, but a caller could still wander forever: bound the walk.
    for (int guard = 0; guard < 10_000; guard++) {
      steps.add(new MenuStep(menu.name(), "enter", "menu", menu.name()));
      MenuDestination next = null;
      if (!menu.hours().isOpen(at)) {
        next = menu.closed();
        steps.add(MenuStep.to(menu.name(), "closed", next));
      } else {
        int tries = 0;
        while (next == null) {
          if (!keys.hasNext()) {
            return new Walk(steps, Optional.empty());
          }
          String key = keys.next();
          MenuDestination chosen = menu.options().get(key);
          if (chosen != null) {
            next = chosen;
            steps.add(MenuStep.to(menu.name(), key, next));
            continue;
          }
          String input = key.equals(NO_KEY) ? "t" : "i";
          tries++;
          if (tries > menu.maxRetries()) {
            next = menu.noChoice();
            steps.add(MenuStep.to(menu.name(), input, next));
          } else {
            steps.add(new MenuStep(menu.name(), input, "retry", menu.name()));
          }
        }
      }
      if (next instanceof MenuDestination.ToMenu to) {
        menu = plan.menu(to.menu());
      } else {
        return new Walk(steps, Optional.of(next));
      }
    }
    throw new IllegalStateException("caller never left the menus");
  }
}
