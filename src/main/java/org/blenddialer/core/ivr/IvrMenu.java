package org.blenddialer.core.ivr;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A voice menu as an administrator defines it: the greeting, what each key does, what happens when
 * the caller presses nothing or a key without an option (the greeting again, up to {@code
 * maxRetries} times, then {@code noChoice}), and where callers go outside opening hours.
 *
 * @param name the menu's name (its dialplan context is {@code ivr-<name>})
 * @param greeting the sound file played (name without extension, e.g. {@code custom/main-menu})
 * @param greetingText the words of that recording, for whoever records it ("" when none)
 * @param timeoutSeconds how long the menu waits for a key after the greeting
 * @param maxRetries how many times the greeting is played again after no key or an invalid one
 * @param options what each key (0-9, * and #) does
 * @param noChoice where the caller goes when the retries run out
 * @param hours when the menu is open
 * @param closed where callers go while it is closed
 */
public record IvrMenu(
    String name,
    String greeting,
    String greetingText,
    int timeoutSeconds,
    int maxRetries,
    Map<String, MenuDestination> options,
    MenuDestination noChoice,
    OpeningHours hours,
    MenuDestination closed) {

  private static final Pattern KEY = Pattern.compile("[0-9*#]");

  public IvrMenu {
    new MenuDestination.ToMenu(name);
    if (greeting == null || !MenuDestination.SOUND.matcher(greeting).matches()) {
      throw new IllegalArgumentException("greeting: a sound file name without extension");
    }
    greetingText = greetingText == null ? "" : greetingText.replaceAll("[\\r\\n]+", " ").strip();
    if (timeoutSeconds < 1 || timeoutSeconds > 60) {
      throw new IllegalArgumentException("timeoutSeconds: 1 to 60");
    }
    if (maxRetries < 0 || maxRetries > 9) {
      throw new IllegalArgumentException("maxRetries: 0 to 9");
    }
    Objects.requireNonNull(options, "options");
    if (options.isEmpty()) {
      throw new IllegalArgumentException("options: a menu needs at least one key");
    }
    for (var e : options.entrySet()) {
      if (e.getKey() == null || !KEY.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException("options: a key is one of 0-9, * or #: " + e.getKey());
      }
      Objects.requireNonNull(e.getValue(), "options." + e.getKey());
    }
    options = new TreeMap<>(options);
    noChoice = noChoice == null ? new MenuDestination.HangUp() : noChoice;
    hours = hours == null ? OpeningHours.always() : hours;
    if (closed == null && hours.everClosed()) {
      throw new IllegalArgumentException("closed: a menu with opening hours needs a closed branch");
    }
    closed = closed == null ? new MenuDestination.HangUp() : closed;
  }

  /** The dialplan context this menu runs in. */
  public String context() {
    return "ivr-" + name;
  }
}
