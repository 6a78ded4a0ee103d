package org.blenddialer.core.ivr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All menus of a call centre, checked as one graph: every menu or queue an option names exists, and
 * every menu gives the caller a way out (a key path that reaches a queue or a message). Only a
 * checked plan exists, so an invalid one is never half-applied.
 */
public final class MenuPlan {

  /** One thing wrong with a plan: the field (menu.option) and why. */
  public record Problem(String field, String message) {}

  /** Thrown with every problem found; the plan stays as it was. */
  public static final class InvalidPlanException extends RuntimeException {
    private final List<Problem> problems;

    InvalidPlanException(List<Problem> problems) {
      super(problems.get(0).field() + ": " + problems.get(0).message());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  private final Map<String, IvrMenu> menus;

  private MenuPlan(Map<String, IvrMenu> menus) {
    this.menus = menus;
  }

  /** Checks the menus against the queues that exist; throws with every problem found. */
  public static MenuPlan of(List<IvrMenu> menus, Set<String> queues) {
    Map<String, IvrMenu> byName = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (IvrMenu m : menus) {
      if (byName.putIfAbsent(m.name(), m) != null) {
        problems.add(new Problem(m.name(), "menu defined twice"));
      }
    }
    for (IvrMenu m : byName.values()) {
      forEachDestination(
          m,
          (field, d) -> {
            if (d instanceof MenuDestination.ToMenu to && !byName.containsKey(to.menu())) {
              problems.add(new Problem(field, "no menu named '" + to.menu() + "'"));
            }
            if (d instanceof MenuDestination.ToQueue to && !queues.contains(to.queue())) {
              problems.add(new Problem(field, "no inbound queue named '" + to.queue() + "'"));
            }
          });
    }
    if (problems.isEmpty()) {
      Set<String> escapable = escapable(byName);
      for (IvrMenu m : byName.values()) {
        if (!escapable.contains(m.name())) {
          problems.add(
              new Problem(
                  m.name() + ".options",
                  "the menu loops with no exit: no key path from it reaches a queue or a message"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    return new MenuPlan(byName);
  }

  /** An empty plan (no menus). */
  public static MenuPlan empty() {
    return new MenuPlan(new LinkedHashMap<>());
  }

  public List<IvrMenu> menus() {
    return List.copyOf(menus.values());
  }

  public IvrMenu menu(String name) {
    IvrMenu m = menus.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no menu named '" + name + "'");
    }
    return m;
  }

  public boolean has(String name) {
    return menus.containsKey(name);
  }

  /** Names of menus whose options lead to {@code name} (who would break if it went). */
  public List<String> menusLeadingTo(String name) {
    List<String> out = new ArrayList<>();
    for (IvrMenu m : menus.values()) {
      forEachDestination(
          m,
          (field, d) -> {
            if (d instanceof MenuDestination.ToMenu to
                && to.menu().equals(name)
                && !m.name().equals(name)
                && !out.contains(m.name())) {
              out.add(m.name());
            }
          });
    }
    return out;
  }

  /** Menus from which a caller can reach a queue or a message by pressing keys. */
  private static Set<String> escapable(Map<String, IvrMenu> menus) {
    Set<String> out = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (IvrMenu m : menus.values()) {
        if (out.contains(m.name())) {
          continue;
        }
        for (MenuDestination d : m.options().values()) {
          boolean exit =
              d instanceof MenuDestination.ToQueue
                  || d instanceof MenuDestination.PlayMessage
                  || (d instanceof MenuDestination.ToMenu to && out.contains(to.menu()));
          if (exit) {
            out.add(m.name());
            grew = true;
            break;
          }
        }
      }
    }
    return out;
  }

  private interface DestinationVisitor {
    void visit(String field, MenuDestination d);
  }

  private static void forEachDestination(IvrMenu m, DestinationVisitor v) {
    m.options().forEach((key, d) -> v.visit(m.name() + ".options." + key, d));
    v.visit(m.name() + ".noChoice", m.noChoice());
    v.visit(m.name() + ".closed", m.closed());
  }
}
