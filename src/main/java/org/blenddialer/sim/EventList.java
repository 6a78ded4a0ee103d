package org.blenddialer.sim;

import java.util.Arrays;

/**
 * The simulator's future event list: a binary heap ordered by time, then by scheduling order, so
 * that events at the same instant run in the order they were scheduled (deterministic runs).
 */
final class EventList {

  private Event[] heap = new Event[1024];
  private int size;
  private long sequence;

  /** Something that happens at a moment of virtual time. */
  static final class Event {
    final double time;
    final long order;
    final EventKind kind;
    final Object subject;
    final int index;

    private Event(double time, long order, EventKind kind, Object subject, int index) {
      this.time = time;
      this.order = order;
      this.kind = kind;
      this.subject = subject;
      this.index = index;
    }
  }

  void schedule(double time, EventKind kind, Object subject, int index) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    Event event = new Event(time, sequence++, kind, subject, index);
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(event, heap[parent])) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = event;
  }

  boolean isEmpty() {
    return size == 0;
  }

  Event next() {
    Event first = heap[0];
    Event last = heap[--size];
    heap[size] = null;
    if (size > 0) {
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!before(heap[child], last)) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
    }
    return first;
  }

  private static boolean before(Event a, Event b) {
    return a.time < b.time || (a.time == b.time && a.order < b.order);
  }
}
