package org.blenddialer.leads.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.blenddialer.leads.importing.SourceRow;

/**
 * Normalises rows on a few threads ahead of the import's own thread and hands the outcomes back in
 * file order. libphonenumber's pattern matching is most of an import's per-row work and needs
 * nothing from other rows, while the dedupe that follows must see rows in order: so rows go out in
 * chunks, and chunks come back in the order they went out. At most a few chunks are in flight,
 * which keeps the import streaming.
 */
final class NormalisingPipeline implements AutoCloseable {

  /** Rows per chunk: large enough to amortise the hand-off, small enough to keep memory flat. */
  static final int CHUNK = 512;

  private final RowNormaliser normaliser;
  private final ExecutorService threads;
  private final int maxInFlight;
  private final ArrayDeque<Future<RowOutcome[]>> inFlight = new ArrayDeque<>();
  private List<SourceRow> filling = new ArrayList<>(CHUNK);

  /**
   * @param normaliser the row normaliser (stateless, so shared by the threads)
   * @param threadCount normalising threads; 0 normalises on the caller's thread
   * @param importId names the threads
   */
  NormalisingPipeline(RowNormaliser normaliser, int threadCount, long importId) {
    this.normaliser = normaliser;
    this.maxInFlight = Math.max(2, threadCount * 2);
    if (threadCount <= 0) {
      threads = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      threads =
          Executors.newFixedThreadPool(
              threadCount,
              task -> {
                Thread thread =
                    new Thread(
                        task, "lead-import-normaliser-" + importId + "-" + n.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
    }
  }

  /** Where outcomes go, in file order. */
  interface Sink {
    void accept(RowOutcome outcome) throws Exception;
  }

  /** Adds a row; outcomes that are ready by now go to the sink. */
  void add(SourceRow row, Sink sink) throws Exception {
    if (threads == null) {
      sink.accept(normaliser.normalise(row));
      return;
    }
    filling.add(row);
    if (filling.size() == CHUNK) {
      submit();
      while (inFlight.size() >= maxInFlight) {
        drainOldest(sink);
      }
    }
  }

  /** Normalises what is left and hands every outcome to the sink. */
  void finish(Sink sink) throws Exception {
    if (threads == null) {
      return;
    }
    if (!filling.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      drainOldest(sink);
    }
  }

  private void submit() {
    List<SourceRow> chunk = filling;
    filling = new ArrayList<>(CHUNK);
    inFlight.add(
        threads.submit(
            () -> {
              RowOutcome[] outcomes = new RowOutcome[chunk.size()];
              for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = normaliser.normalise(chunk.get(i));
              }
              return outcomes;
            }));
  }

  private void drainOldest(Sink sink) throws Exception {
    RowOutcome[] outcomes;
    try {
      outcomes = inFlight.removeFirst().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    for (RowOutcome outcome : outcomes) {
      sink.accept(outcome);
    }
  }

  @Override
  public void close() {
    if (threads != null) {
      inFlight.forEach(f -> f.cancel(true));
      threads.shutdownNow();
    }
  }
}
