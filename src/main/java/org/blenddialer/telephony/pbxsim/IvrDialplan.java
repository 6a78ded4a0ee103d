package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dialplan file read the way pbx_config reads extensions.conf, for the part of the language the
 * generated menus use: contexts, {@code exten => name,1,App(args)}, {@code same => n(label),...}.
 * The simulator runs the very text a real Asterisk loads, so both follow the same menus.
 */
final class IvrDialplan {

  /** One priority of an extension: its label (or null), the application and its argument. */
  record Step(String label, String app, String data) {}

  private final Map<String, Map<String, List<Step>>> contexts;

  private IvrDialplan(Map<String, Map<String, List<Step>>> contexts) {
    this.contexts = contexts;
  }

  static IvrDialplan empty() {
    return new IvrDialplan(Map.of());
  }

  /** Parses a dialplan text; throws with the line number on anything it cannot read. */
  static IvrDialplan parse(String text) {
    Map<String, Map<String, List<Step>>> contexts = new LinkedHashMap<>();
    Map<String, List<Step>> context = null;
    List<Step> exten = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty() || line.startsWith("#include") || line.startsWith("include")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip();
        context = contexts.computeIfAbsent(name, n -> new LinkedHashMap<>());
        exten = null;
        continue;
      }
      int arrow = line.indexOf("=>");
      if (arrow < 0 || context == null) {
        throw bad(i, "expected [context], exten => or same =>");
      }
      String kind = line.substring(0, arrow).strip().toLowerCase(Locale.ROOT);
      String rest = line.substring(arrow + 2).strip();
      if (kind.equals("exten")) {
        int comma = rest.indexOf(',');
        if (comma <= 0) {
          throw bad(i, "exten => name,priority,App(args)");
        }
        String name = rest.substring(0, comma);
        rest = rest.substring(comma + 1);
        if (context.containsKey(name)) {
          throw bad(i, "extension " + name + " defined twice");
        }
        exten = new ArrayList<>();
        context.put(name, exten);
        if (!rest.startsWith("1,")) {
          throw bad(i, "an extension starts at priority 1");
        }
        exten.add(step(i, null, rest.substring(2)));
      } else if (kind.equals("same")) {
        if (exten == null || !rest.startsWith("n")) {
          throw bad(i, "same => n[(label)],App(args) after an exten line");
        }
        String label = null;
        int comma = rest.indexOf(',');
        String priority = comma < 0 ? rest : rest.substring(0, comma);
        if (priority.startsWith("n(") && priority.endsWith(")")) {
          label = priority.substring(2, priority.length() - 1);
        } else if (!priority.equals("n")) {
          throw bad(i, "priority n or n(label)");
        }
        exten.add(step(i, label, rest.substring(comma + 1)));
      } else {
        throw bad(i, "unknown statement " + kind);
      }
    }
    return new IvrDialplan(contexts);
  }

  private static Step step(int line, String label, String app) {
    int open = app.indexOf('(');
    if (open <= 0 || !app.endsWith(")")) {
      throw bad(line, "App(args) expected: " + app);
    }
    return new Step(
        label, app.substring(0, open).strip(), app.substring(open + 1, app.length() - 1));
  }

  private static String stripComment(String line) {
    int semi = line.indexOf(';');
    return semi < 0 ? line : line.substring(0, semi);
  }

  private static IllegalArgumentException bad(int line, String what) {
    return new IllegalArgumentException("dialplan line " + (line + 1) + ": " + what);
  }

  boolean has(String context, String exten) {
    Map<String, List<Step>> c = contexts.get(context);
    return c != null && c.containsKey(exten);
  }

  boolean hasContext(String context) {
    return contexts.containsKey(context);
  }

  List<Step> steps(String context, String exten) {
    Map<String, List<Step>> c = contexts.get(context);
    List<Step> s = c == null ? null : c.get(exten);
    if (s == null) {
      throw new IllegalArgumentException("no extension " + exten + "@" + context);
    }
    return s;
  }

  /** The extensions of a context, in the order written. */
  List<String> extensions(String context) {
    Map<String, List<Step>> c = contexts.get(context);
    return c == null ? List.of() : List.copyOf(c.keySet());
  }
}
