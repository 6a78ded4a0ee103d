package org.blenddialer.core.ivr;

import java.util.Objects;

/**
 * One step of a caller through the menus, as the dialplan marks it in the {@code IVR_STEP} channel
 * variable ({@code menu:input:kind:target}): the menu, what the caller did ({@code enter}, a key,
 * {@code t} for no key in time, {@code i} for a key without an option, {@code closed}) and where
 * that sent them ({@code retry} when the greeting plays again).
 */
public record MenuStep(String menu, String input, String kind, String target) {

  /** The channel variable the dialplan sets at every step. */
  public static final String VARIABLE = "IVR_STEP";

  public MenuStep {
    Objects.requireNonNull(menu, "menu");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    target = target == null ? "" : target;
  }

  /** A step as the dialplan writes it, or null when the text is not one. */
  public static MenuStep parse(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(":", 4);
    if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      return null;
    }
    return new MenuStep(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : "");
  }

  /** The step to a destination. */
  static MenuStep to(String menu, String input, MenuDestination d) {
    return new MenuStep(menu, input, d.kind(), d.target());
  }

  /** True when the caller is done with the menus at this step (a queue, a message, hang-up). */
  public boolean leavesMenus() {
    return !kind.equals("menu") && !kind.equals("retry");
  }

  /** True when a key press (not a timeout, an entry or a closed branch) made this step. */
  public boolean isKeyPress() {
    return !input.equals("enter") && !input.equals("t") && !input.equals("closed");
  }

  @Override
  public String toString() {
    return menu + ":" + input + ":" + kind + ":" + target;
  }
}
