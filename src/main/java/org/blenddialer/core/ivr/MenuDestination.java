package org.blenddialer.core.ivr;

import java.util.Locale;
import java.util.regex.Pattern;

/** Where a caller goes from a menu: a queue, another menu, a recorded message, or off the line. */
public sealed interface MenuDestination {

  /** Names of queues, menus and sound files, as Asterisk accepts them unquoted in the dialplan. */
  Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

  Pattern SOUND = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/-]{0,99}");

  /** The kind as written in the API and in the dialplan's step marks. */
  String kind();

  /** The queue, menu or sound the kind names ("" for a hang-up). */
  String target();

  /** True when the caller leaves the menus here (everything but going to another menu). */
  default boolean leavesMenus() {
    return !(this instanceof ToMenu);
  }

  /** The caller waits in an inbound queue for an agent. */
  record ToQueue(String queue) implements MenuDestination {
    public ToQueue {
      requireName(queue, "queue");
    }

    @Override
    public String kind() {
      return "queue";
    }

    @Override
    public String target() {
      return queue;
    }
  }

  /** The caller hears another menu. */
  record ToMenu(String menu) implements MenuDestination {
    public ToMenu {
      requireName(menu, "menu");
    }

    @Override
    public String kind() {
      return "menu";
    }

    @Override
    public String target() {
      return menu;
    }
  }

  /** The caller hears a recorded message, then the line clears: the menu served them itself. */
  record PlayMessage(String sound) implements MenuDestination {
    public PlayMessage {
      if (sound == null || !SOUND.matcher(sound).matches()) {
        throw new IllegalArgumentException(
            "a sound file name is letters, digits, _, - and / (no extension): " + sound);
      }
    }

    @Override
    public String kind() {
      return "message";
    }

    @Override
    public String target() {
      return sound;
    }
  }

  /** The line clears (after the retries ran out, say). */
  record HangUp() implements MenuDestination {
    @Override
    public String kind() {
      return "hangup";
    }

    @Override
    public String target() {
      return "";
    }
  }

  /** The destination a kind and a target name. */
  static MenuDestination of(String kind, String target) {
    if (kind == null) {
      throw new IllegalArgumentException(
          "a destination needs a kind: queue, menu, message, hangup");
    }
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "queue" -> new ToQueue(target);
      case "menu" -> new ToMenu(target);
      case "message" -> new PlayMessage(target);
      case "hangup" -> new HangUp();
      default ->
          throw new IllegalArgumentException(
              "unknown destination kind '" + kind + "': queue, menu, message or hangup");
    };
  }

  private static void requireName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a "
              + what
              + " name is 1-40 of a-z, 0-9, _ and -, starting with a letter or digit: "
              + name);
    }
  }
}
