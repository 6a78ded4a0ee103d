package org.blenddialer.telephony.pbxsim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One channel running through dialplan, priority by priority, until it has to wait (a prompt
 * playing, a key awaited) or leaves (hang-up, or a Goto into the inbound queues). Whoever drives it
 * (the simulator's clock, or a test walking key paths) decides when the wait is over.
 */
final class IvrRun {

  /** Why the run stopped. */
  enum Kind {
    PLAYING,
    WAITING_FOR_KEY,
    TO_QUEUE,
    HUNG_UP,
    /** Read(): the caller types digits ended by #; {@code what} is the prompt. */
    READING,
    /** Dial(): ring {@code what} for at most {@code seconds}. */
    DIALING
  }

  /** A stop: for PLAYING the sound, for WAITING_FOR_KEY the timeout, for TO_QUEUE the queue. */
  record Pause(Kind kind, String what, double seconds) {}

  private static final Pattern BINARY =
      Pattern.compile("^(.*?)\\s+(=|!=|>=|<=|>|<|\\+|-)\\s+(.*)$", Pattern.DOTALL);

  private final IvrDialplan plan;
  private final String inboundContext;
  private final Map<String, String> variables;
  private final BiConsumer<String, String> onSet;
  private String context;
  private String exten;
  private int index;
  private String callerNumber = "";
  private String readInto;

  /**
   * @param variables the channel's variables (read and written)
   * @param onSet told of every Set (the simulator emits VarSet)
   */
  IvrRun(
      IvrDialplan plan,
      String inboundContext,
      String context,
      String exten,
      Map<String, String> variables,
      BiConsumer<String, String> onSet) {
    this.plan = plan;
    this.inboundContext = inboundContext;
    this.context = context;
    this.exten = exten;
    this.variables = variables;
    this.onSet = onSet;
  }

  /** The caller's number, for ${CALLERID(num)}. */
  IvrRun withCallerNumber(String number) {
    this.callerNumber = number == null ? "" : number;
    return this;
  }

  String context() {
    return context;
  }

  String exten() {
    return exten;
  }

  int priority() {
    return index + 1;
  }

  /** Runs from where the channel is until the next stop. */
  Pause advance(Instant now) {
    for (int guard = 0; guard < 10_000; guard++) {
      List<IvrDialplan.Step> steps = plan.steps(context, exten);
      if (index >= steps.size()) {
        return new Pause(Kind.HUNG_UP, "", 0);
      }
      IvrDialplan.Step step = steps.get(index++);
      String data = step.data();
      switch (step.app().toLowerCase(Locale.ROOT)) {
        case "noop", "answer" -> {
          // nothing to simulate: callers reaching a menu are already answered
        }
        case "set" -> {
          int eq = data.indexOf('=');
          String name = data.substring(0, eq).strip();
          String value = evaluate(data.substring(eq + 1), now);
          variables.put(name, value);
          onSet.accept(name, value);
        }
        case "gotoif" -> {
          int q = data.indexOf('?');
          String[] targets = data.substring(q + 1).split(":", 2);
          boolean yes = truthy(evaluate(data.substring(0, q), now));
          String target = yes ? targets[0] : targets.length > 1 ? targets[1] : "";
          if (!target.isBlank()) {
            Pause p = jump(evaluate(target, now));
            if (p != null) {
              return p;
            }
          }
        }
        case "gotoiftime" -> {
          int q = data.indexOf('?');
          if (timeMatches(data.substring(0, q), now)) {
            Pause p = jump(data.substring(q + 1));
            if (p != null) {
              return p;
            }
          }
        }
        case "goto" -> {
          Pause p = jump(evaluate(data, now));
          if (p != null) {
            return p;
          }
        }
        case "background", "playback" -> {
          return new Pause(Kind.PLAYING, evaluate(data, now), 0);
        }
        case "waitexten" -> {
          return new Pause(Kind.WAITING_FOR_KEY, "", Double.parseDouble(evaluate(data, now)));
        }
        case "hangup" -> {
          return new Pause(Kind.HUNG_UP, "", 0);
        }
        case "read" -> {
          String[] args = evaluate(data, now).split(",");
          readInto = args[0].strip();
          return new Pause(Kind.READING, args.length > 1 ? args[1] : "", 0);
        }
        case "dial" -> {
          String[] args = evaluate(data, now).split(",");
          double timeout = args.length > 1 && !args[1].isBlank() ? Double.parseDouble(args[1]) : 0;
          return new Pause(Kind.DIALING, args[0].strip(), timeout);
        }
        default ->
            throw new IllegalArgumentException(
                "the simulator does not run " + step.app() + " (" + context + "," + exten + ")");
      }
    }
    throw new IllegalStateException("dialplan loops in " + context + "," + exten);
  }

  /** A key pressed while waiting: its extension, or {@code i} when the context has none. */
  Pause key(String digit, Instant now) {
    jump(plan.has(context, digit) ? digit + ",1" : "i,1");
    return advance(now);
  }

  /** The digits a caller typed into Read() (a trailing # ends the input and is not kept). */
  Pause read(String digits, Instant now) {
    String value = digits.endsWith("#") ? digits.substring(0, digits.length() - 1) : digits;
    variables.put(readInto, value);
    onSet.accept(readInto, value);
    return advance(now);
  }

  /** Dial() is over with this DIALSTATUS: the dialplan goes on after it. */
  Pause dialed(String status, Instant now) {
    variables.put("DIALSTATUS", status);
    onSet.accept("DIALSTATUS", status);
    return advance(now);
  }

  /** Nothing pressed before WaitExten's timeout: the {@code t} extension. */
  Pause timeout(Instant now) {
    if (!plan.has(context, "t")) {
      return new Pause(Kind.HUNG_UP, "", 0);
    }
    jump("t,1");
    return advance(now);
  }

  /** Goto([[context,]exten,]priority); null, or the stop when it leaves for the queues. */
  private Pause jump(String target) {
    String[] parts = target.strip().split(",");
    String ctx = context;
    String ext = exten;
    String prio;
    if (parts.length == 3) {
      ctx = parts[0];
      ext = parts[1];
      prio = parts[2];
    } else if (parts.length == 2) {
      ext = parts[0];
      prio = parts[1];
    } else {
      prio = parts[0];
    }
    if (ctx.equals(inboundContext) && !plan.hasContext(ctx)) {
      return new Pause(Kind.TO_QUEUE, ext, 0);
    }
    List<IvrDialplan.Step> steps = plan.steps(ctx, ext);
    int to = -1;
    if (prio.chars().allMatch(Character::isDigit)) {
      to = Integer.parseInt(prio) - 1;
    } else {
      for (int i = 0; i < steps.size(); i++) {
        if (prio.equals(steps.get(i).label())) {
          to = i;
        }
      }
    }
    if (to < 0 || to >= steps.size()) {
      throw new IllegalArgumentException("no priority " + prio + " in " + ext + "@" + ctx);
    }
    context = ctx;
    exten = ext;
    index = to;
    return null;
  }

  /** ${VAR}, ${EPOCH}, ${STRFTIME(epoch,zone,format)} and $[a op b], innermost first. */
  String evaluate(String text, Instant now) {
    String s = text;
    int start;
    while ((start = s.lastIndexOf("${")) >= 0) {
      int end = s.indexOf('}', start);
      String inner = s.substring(start + 2, end);
      s = s.substring(0, start) + function(inner, now) + s.substring(end + 1);
    }
    while ((start = s.lastIndexOf("$[")) >= 0) {
      int end = s.indexOf(']', start);
      s = s.substring(0, start) + expression(s.substring(start + 2, end)) + s.substring(end + 1);
    }
    return s;
  }

  private String function(String inner, Instant now) {
    if (inner.equals("CALLERID(num)")) {
      return callerNumber;
    }
    if (inner.equals("EPOCH")) {
      return Long.toString(now.getEpochSecond());
    }
    if (inner.startsWith("STRFTIME(") && inner.endsWith(")")) {
      String[] args = inner.substring(9, inner.length() - 1).split(",", 3);
      ZonedDateTime t =
          Instant.ofEpochSecond(Long.parseLong(args[0].strip())).atZone(ZoneId.of(args[1].strip()));
      return args[2]
          .replace("%Y", String.format(Locale.ROOT, "%04d", t.getYear()))
          .replace("%m", String.format(Locale.ROOT, "%02d", t.getMonthValue()))
          .replace("%d", String.format(Locale.ROOT, "%02d", t.getDayOfMonth()))
          .replace("%H", String.format(Locale.ROOT, "%02d", t.getHour()))
          .replace("%M", String.format(Locale.ROOT, "%02d", t.getMinute()));
    }
    String v = variables.get(inner);
    return v == null ? "" : v;
  }

  private static String expression(String expr) {
    Matcher m = BINARY.matcher(expr.strip());
    if (!m.matches()) {
      return unquote(expr.strip());
    }
    String a = unquote(m.group(1).strip());
    String b = unquote(m.group(3).strip());
    String op = m.group(2);
    boolean numbers = isNumber(a) && isNumber(b);
    switch (op) {
      case "+" -> {
        return Long.toString(Long.parseLong(a) + Long.parseLong(b));
      }
      case "-" -> {
        return Long.toString(Long.parseLong(a) - Long.parseLong(b));
      }
      default -> {
        int c = numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
        boolean r =
            switch (op) {
              case "=" -> c == 0;
              case "!=" -> c != 0;
              case ">" -> c > 0;
              case "<" -> c < 0;
              case ">=" -> c >= 0;
              default -> c <= 0;
            };
        return r ? "1" : "0";
      }
    }
  }

  private static boolean isNumber(String s) {
    return s.matches("-?\\d+");
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /** As pbx_checkcondition: empty is false, a number is true when not 0, other text is true. */
  private static boolean truthy(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    return !isNumber(t) || Long.parseLong(t) != 0;
  }

  /** times,weekdays,mdays,months[,zone]: ranges include their last minute, as Asterisk's do. */
  static boolean timeMatches(String spec, Instant now) {
    String[] f = spec.split(",");
    ZoneId zone = f.length > 4 && !f[4].isBlank() ? ZoneId.of(f[4].strip()) : ZoneId.of("UTC");
    ZonedDateTime t = now.atZone(zone);
    if (!f[2].strip().equals("*") || !f[3].strip().equals("*")) {
      throw new IllegalArgumentException("the simulator reads only * for days of month and months");
    }
    return timesMatch(f[0].strip(), t.toLocalTime()) && daysMatch(f[1].strip(), t.getDayOfWeek());
  }

  private static boolean timesMatch(String times, LocalTime time) {
    if (times.equals("*")) {
      return true;
    }
    String[] range = times.split("-");
    LocalTime from = LocalTime.parse(range[0]);
    LocalTime to = LocalTime.parse(range[1]).plusMinutes(1);
    LocalTime minute = time.withSecond(0).withNano(0);
    return !minute.isBefore(from) && (minute.isBefore(to) || to.equals(LocalTime.MIDNIGHT));
  }

  private static boolean daysMatch(String days, DayOfWeek day) {
    if (days.equals("*")) {
      return true;
    }
    for (String part : days.split("&")) {
      String[] range = part.split("-");
      int from = dayIndex(range[0]);
      int to = range.length > 1 ? dayIndex(range[1]) : from;
      int d = day.getValue();
      boolean in = from <= to ? d >= from && d <= to : d >= from || d <= to;
      if (in) {
        return true;
      }
    }
    return false;
  }

  private static int dayIndex(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).equalsIgnoreCase(name.strip())) {
        return d.getValue();
      }
    }
    throw new IllegalArgumentException("not a day: " + name);
  }
}
