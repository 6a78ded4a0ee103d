package org.blenddialer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.blenddialer.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A what-if run the page gave up on must not hold the simulator's only worker: interrupting the
 * thread that simulates ends the run, with an exception that says so.
 */
class SimulatorInterruptTest {

  @Test
  void anInterruptedRunStopsAndSaysWhere() throws Exception {
    // A thousand 200-agent days: minutes of work, far more than the test waits for.
    Scenario big =
        TestScenarios.blended(200, List.of(BlendedPolicies.dynamicPredictive()), 1000, 3);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              started.countDown();
              try {
                Simulator.simulate(big, big.policies().get(0));
              } catch (Throwable t) {
                ended.set(t);
              }
            },
            "simulating");
    worker.setDaemon(true);
    worker.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    worker.interrupt();
    worker.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(worker.isAlive()).as("the run ended after the interrupt").isFalse();
    assertThat(ended.get())
        .isInstanceOf(CancellationException.class)
        .hasMessageStartingWith("simulation interrupted on day 0");
  }
}
