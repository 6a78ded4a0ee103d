package org.blenddialer.telephony;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects PBX events and lets a test wait (with a deadline) for the one it expects. */
public final class EventRecorder implements Consumer<PbxEvent> {

  private final List<PbxEvent> events = new ArrayList<>();

  @Override
  public synchronized void accept(PbxEvent event) {
    events.add(event);
    notifyAll();
  }

  public synchronized List<PbxEvent> all() {
    return List.copyOf(events);
  }

  public synchronized <T extends PbxEvent> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (PbxEvent e : events) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }

  /** Waits for the first event of a type matching a condition, failing after the deadline. */
  public <T extends PbxEvent> T await(Class<T> type, Predicate<T> matching, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    synchronized (this) {
      int seen = 0;
      while (true) {
        for (int i = seen; i < events.size(); i++) {
          PbxEvent e = events.get(i);
          if (type.isInstance(e) && matching.test(type.cast(e))) {
            return type.cast(e);
          }
        }
        seen = 0;
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no " + type.getSimpleName() + " as expected within " + within + "; got " + tail());
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted");
        }
      }
    }
  }

  public <T extends PbxEvent> T await(Class<T> type, Predicate<T> matching) {
    return await(type, matching, Duration.ofSeconds(20));
  }

  private List<String> tail() {
    List<String> out = new ArrayList<>();
    for (int i = Math.max(0, events.size() - 15); i < events.size(); i++) {
      out.add(events.get(i).toString());
    }
    return out;
  }

  /** Polls a condition until it holds or the deadline passes. */
  public static void awaitTrue(
      String what, java.util.function.BooleanSupplier condition, Duration within) {
    org.blenddialer.testing.Poll.until(within, what, condition);
  }
}
