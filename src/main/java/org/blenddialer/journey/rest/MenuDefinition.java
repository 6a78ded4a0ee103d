package org.blenddialer.journey.rest;

import java.util.List;
import java.util.Map;

/**
 * A voice menu as an administrator writes it (and as it is stored).
 *
 * @param greeting sound file name without extension, e.g. {@code custom/main-menu}
 * @param greetingText the words of the greeting, for whoever records it
 * @param timeoutSeconds wait for a key after the greeting (default 5)
 * @param maxRetries greeting replays after no key or an invalid key (default 2)
 * @param options key (0-9, *, #) to destination
 * @param noChoice where callers go when the retries run out (default: hang up)
 * @param hours opening hours (absent: always open)
 * @param closed where callers go outside opening hours and on holidays
 */
public record MenuDefinition(
    String greeting,
    String greetingText,
    Integer timeoutSeconds,
    Integer maxRetries,
    Map<String, Destination> options,
    Destination noChoice,
    Hours hours,
    Destination closed) {

  /**
   * Where a key sends the caller.
   *
   * @param kind queue, menu, message or hangup
   * @param target the queue (Asterisk name), menu name or sound file; empty for hangup
   */
  public record Destination(String kind, String target) {}

  /**
   * Opening hours in a time zone.
   *
   * @param zone IANA zone, e.g. Europe/Copenhagen (default UTC)
   * @param periods weekly periods the menu is open
   * @param holidays dates (YYYY-MM-DD) the menu is closed all day
   */
  public record Hours(String zone, List<Period> periods, List<String> holidays) {}

  /**
   * Open on these days from {@code from} to {@code to} (HH:MM, {@code to} not included).
   *
   * @param days MONDAY ... SUNDAY
   */
  public record Period(List<String> days, String from, String to) {}
}
