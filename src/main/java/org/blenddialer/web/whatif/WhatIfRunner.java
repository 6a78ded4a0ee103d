package org.blenddialer.web.whatif;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.blenddialer.sim.Simulator;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.Scenario;

/**
 * Runs what-if simulations on one worker thread of its own, with at most two runs waiting, so that
 * planners' questions never take the service's request threads or cores from calls.
 */
@ApplicationScoped
public class WhatIfRunner {

  /** How long a page waits for its run before giving up on it. */
  static final long WAIT_SECONDS = 60;

  private final ThreadPoolExecutor worker =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(2),
          task -> {
            Thread thread = new Thread(task, "what-if");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });

  /** Why a run gave no result. */
  public static final class NotRun extends Exception {
    private final String reasonKey;

    NotRun(String reasonKey, Throwable cause) {
      super(reasonKey, cause);
      this.reasonKey = reasonKey;
    }

    /** Message key of the reason, for the page. */
    public String reasonKey() {
      return reasonKey;
    }
  }

  /** Simulates the scenario's only policy and waits for the result. */
  public PolicyResult run(Scenario scenario) throws NotRun {
    Future<PolicyResult> run;
    try {
      run = worker.submit(() -> Simulator.simulate(scenario, scenario.policies().get(0)));
    } catch (RejectedExecutionException e) {
      throw new NotRun("whatIf.busy", e);
    }
    try {
      return run.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new NotRun("whatIf.tooLong", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.cancel(true);
      throw new NotRun("whatIf.tooLong", e);
    } catch (ExecutionException e) {
      throw new NotRun("whatIf.failed", e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
