package org.blenddialer.acd.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.blenddialer.acd.QueueStrategy;

/**
 * An inbound queue as an administrator defines it.
 *
 * @param name name people see, e.g. "Kundeservice DK"
 * @param asteriskQueue the app_queue queue name in queues.conf
 * @param strategy how Asterisk picks the member to ring
 * @param serviceLevelPercent service-level target: this share of calls answered ...
 * @param serviceLevelSeconds ... within this many seconds (80 % in 20 s)
 * @param wrapUpSeconds after-call work time before the next call
 * @param ringTimeoutSeconds how long a member rings before the next is tried
 * @param recording whether calls of this queue are recorded
 * @param announcements what waiting callers are told (position, wait, periodic message); omitted:
 *     none for a new queue, unchanged for an existing one
 */
public record QueueDefinition(
    @NotBlank @Size(max = 100) String name,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9_-]{1,80}",
            message = "may hold only letters, digits, '-' and '_' (at most 80)")
        String asteriskQueue,
    @NotNull QueueStrategy strategy,
    @Min(1) @Max(100) int serviceLevelPercent,
    @Min(1) @Max(3600) int serviceLevelSeconds,
    @Min(0) @Max(3600) int wrapUpSeconds,
    @Min(1) @Max(600) int ringTimeoutSeconds,
    boolean recording,
    Announcements announcements) {

  /** A definition that leaves the announcements as they are (the queues screen). */
  public QueueDefinition(
      String name,
      String asteriskQueue,
      QueueStrategy strategy,
      int serviceLevelPercent,
      int serviceLevelSeconds,
      int wrapUpSeconds,
      int ringTimeoutSeconds,
      boolean recording) {
    this(
        name,
        asteriskQueue,
        strategy,
        serviceLevelPercent,
        serviceLevelSeconds,
        wrapUpSeconds,
        ringTimeoutSeconds,
        recording,
        null);
  }

  /**
   * Announcements to callers waiting in the queue, as queues.conf options.
   *
   * @param position NO, YES, LIMIT (only positions up to the limit) or MORE ("more than" the limit
   *     above it)
   * @param positionLimit the limit for LIMIT and MORE
   * @param holdTime the estimated wait: NO, YES (each time) or ONCE
   * @param frequencySeconds how often position and wait are said
   * @param periodicSound a recorded message played periodically (sound file name)
   * @param periodicFrequencySeconds how often that message plays
   */
  public record Announcements(
      String position,
      Integer positionLimit,
      String holdTime,
      Integer frequencySeconds,
      String periodicSound,
      Integer periodicFrequencySeconds) {}
}
