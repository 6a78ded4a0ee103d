package org.blenddialer.journey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.blenddialer.journey.persistence.MenuPathRecord;

/** Callers' recorded paths through the menus, and the self-service figures they give. */
@ApplicationScoped
public class MenuPaths {

  /** One caller's path as the API shows it. */
  public record PathView(
      String server,
      String callId,
      String callerNumber,
      String entryMenu,
      List<String> menus,
      List<String> inputs,
      String outcome,
      String destination,
      boolean selfServed,
      Instant enteredAt,
      Instant leftAt,
      double secondsInMenu) {}

  /**
   * Self-service figures of callers who entered a menu in a period.
   *
   * @param callers callers who reached the menu
   * @param selfServed a key led them to a recorded message: the menu answered them, no agent
   * @param toQueue sent on to a queue
   * @param hungUpInMenu hung up while in the menus
   * @param menuHangups the menu hung up (retries out, or closed with no message)
   * @param closedMessages heard the closed-hours message (or a message after the retries ran out)
   * @param selfServiceRate selfServed / callers (0 without callers)
   * @param averageSecondsInMenu mean time from the first menu to leaving the menus
   */
  public record SelfService(
      long callers,
      long selfServed,
      long toQueue,
      long hungUpInMenu,
      long menuHangups,
      long closedMessages,
      double selfServiceRate,
      double averageSecondsInMenu) {}

  @Transactional
  public List<PathView> paths(Instant from, Instant to, String callId, int limit) {
    List<MenuPathRecord> rows =
        callId != null && !callId.isBlank()
            ? MenuPathRecord.list("callId = ?1 order by enteredAt desc", callId)
            : MenuPathRecord.<MenuPathRecord>find(
                    "enteredAt >= ?1 and enteredAt < ?2 order by enteredAt desc", from, to)
                .page(0, limit)
                .list();
    return rows.stream().map(MenuPaths::view).toList();
  }

  /** Figures per entry menu, plus {@code *} for all menus together, over [from, to). */
  @Transactional
  public Map<String, SelfService> selfService(Instant from, Instant to) {
    List<MenuPathRecord> rows = MenuPathRecord.list("enteredAt >= ?1 and enteredAt < ?2", from, to);
    Map<String, List<MenuPathRecord>> byMenu = new TreeMap<>();
    for (MenuPathRecord r : rows) {
      byMenu.computeIfAbsent(r.entryMenu, m -> new java.util.ArrayList<>()).add(r);
    }
    Map<String, SelfService> out = new LinkedHashMap<>();
    out.put("*", figures(rows));
    byMenu.forEach((menu, list) -> out.put(menu, figures(list)));
    return out;
  }

  private static SelfService figures(List<MenuPathRecord> rows) {
    long self = 0;
    long queue = 0;
    long hungUp = 0;
    long menuHangups = 0;
    long otherMessages = 0;
    double seconds = 0;
    for (MenuPathRecord r : rows) {
      seconds += r.secondsInMenu;
      switch (r.outcome) {
        case "QUEUE" -> queue++;
        case "CALLER_HUNG_UP" -> hungUp++;
        case "MENU_HANGUP" -> menuHangups++;
        default -> {
          if (r.selfServed) {
            self++;
          } else {
            otherMessages++;
          }
        }
      }
    }
    long n = rows.size();
    return new SelfService(
        n,
        self,
        queue,
        hungUp,
        menuHangups,
        otherMessages,
        n == 0 ? 0 : (double) self / n,
        n == 0 ? 0 : seconds / n);
  }

  private static PathView view(MenuPathRecord r) {
    return new PathView(
        r.pbxServer,
        r.callId,
        r.callerNumber,
        r.entryMenu,
        split(r.menus),
        split(r.inputs),
        r.outcome,
        r.destination,
        r.selfServed,
        r.enteredAt,
        r.leftAt,
        r.secondsInMenu);
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(","));
  }
}
