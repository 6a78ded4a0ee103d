package org.blenddialer.core.ivr;

import java.util.regex.Pattern;

/**
 * What callers waiting in a queue are told, as app_queue's queues.conf options: their position
 * ({@code announce-position}, with {@code announce-position-limit}), the estimated wait ({@code
 * announce-holdtime}) every {@code frequencySeconds} ({@code announce-frequency}), and a recorded
 * message every {@code periodicFrequencySeconds} ({@code periodic-announce}).
 *
 * @param position whether and when the position is said
 * @param positionLimit positions up to this are said (LIMIT), or "more than" it (MORE)
 * @param holdTime whether the estimated wait is said: never, every time, or the first time only
 * @param frequencySeconds how often position and wait are said; 0: never
 * @param periodicSound recorded message played periodically (no extension); null: none
 * @param periodicFrequencySeconds how often that message plays
 */
public record QueueAnnouncements(
    Position position,
    int positionLimit,
    HoldTime holdTime,
    int frequencySeconds,
    String periodicSound,
    int periodicFrequencySeconds) {

  /** Asterisk's announce-position values. */
  public enum Position {
    NO,
    YES,
    LIMIT,
    MORE
  }

  /** Asterisk's announce-holdtime values. */
  public enum HoldTime {
    NO,
    YES,
    ONCE
  }

  /** Nothing said: Asterisk's defaults in our queues.conf template. */
  public static final QueueAnnouncements NONE =
      new QueueAnnouncements(Position.NO, 0, HoldTime.NO, 0, null, 0);

  private static final Pattern SOUND = Pattern.compile("[A-Za-z0-9_/-]{1,80}");

  /** A value that cannot be written into queues.conf, naming its field. */
  public static final class Invalid extends IllegalArgumentException {
    private final String field;

    Invalid(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    /** The field at fault. */
    public String field() {
      return field;
    }
  }

  public QueueAnnouncements {
    position = position == null ? Position.NO : position;
    holdTime = holdTime == null ? HoldTime.NO : holdTime;
    if (frequencySeconds < 0 || frequencySeconds > 3600) {
      throw new Invalid("frequencySeconds", "0 to 3600 seconds");
    }
    if ((position != Position.NO || holdTime != HoldTime.NO) && frequencySeconds == 0) {
      throw new Invalid(
          "frequencySeconds", "position or wait announcements need a frequency above 0");
    }
    if (position == Position.LIMIT || position == Position.MORE) {
      if (positionLimit < 1 || positionLimit > 999) {
        throw new Invalid("positionLimit", "1 to 999 when the position is said up to a limit");
      }
    } else if (positionLimit < 0 || positionLimit > 999) {
      throw new Invalid("positionLimit", "0 to 999");
    }
    if (periodicSound != null && periodicSound.isBlank()) {
      periodicSound = null;
    }
    if (periodicSound != null && !SOUND.matcher(periodicSound).matches()) {
      throw new Invalid(
          "periodicSound", "a sound file name without extension: letters, digits, _ - /");
    }
    if (periodicFrequencySeconds < 0 || periodicFrequencySeconds > 3600) {
      throw new Invalid("periodicFrequencySeconds", "0 to 3600 seconds");
    }
    if (periodicSound != null && periodicFrequencySeconds == 0) {
      throw new Invalid("periodicFrequencySeconds", "a periodic message needs a frequency above 0");
    }
  }

  /** Whether anything at all is said to waiting callers. */
  public boolean saysAnything() {
    return frequencySeconds > 0 || periodicSound != null;
  }
}
