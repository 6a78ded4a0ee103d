package org.blenddialer.telephony.pbxsim;

import java.util.List;
import java.util.Objects;

/**
 * Everything the PBX simulator needs to run: where it listens, who may log in, how fast its clock
 * runs, its seed, and the behaviour of its queues, agents and called parties.
 *
 * @param host address to listen on (loopback by default)
 * @param port TCP port, 0 for an ephemeral one
 * @param username the AMI user the simulator accepts
 * @param secret that user's secret
 * @param speedUp how many simulated seconds pass per real second
 * @param seed the seed of every random stream
 * @param queues the app_queue queues that exist
 * @param inboundContext the dialplan context whose extensions are queues ({@code
 *     Local/<queue>@inbound})
 * @param agentAnswerSeconds mean time a simulated agent phone rings before it answers
 * @param agentHandleSeconds mean talk time of a simulated agent
 * @param parties how called parties of an Originate behave
 */
public record SimSettings(
    String host,
    int port,
    String username,
    String secret,
    double speedUp,
    long seed,
    List<QueueSettings> queues,
    String inboundContext,
    double agentAnswerSeconds,
    double agentHandleSeconds,
    CalledParties parties) {

  public SimSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(secret, "secret");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (!(speedUp > 0)) {
      throw new IllegalArgumentException("speed-up must be positive: " + speedUp);
    }
    queues = List.copyOf(queues);
    Objects.requireNonNull(inboundContext, "inboundContext");
    Objects.requireNonNull(parties, "parties");
  }

  /** Everything but the secret, which must never reach a log. */
  @Override
  public String toString() {
    return "SimSettings["
        + host
        + ":"
        + port
        + ", user="
        + username
        + ", speedUp="
        + speedUp
        + ", seed="
        + seed
        + ", queues="
        + queues
        + "]";
  }

  /** A simulator on loopback with the given queues, the given speed-up and seed. */
  public static SimSettings loopback(
      String username, String secret, double speedUp, long seed, List<QueueSettings> queues) {
    return new SimSettings(
        "127.0.0.1",
        0,
        username,
        secret,
        speedUp,
        seed,
        queues,
        "inbound",
        1.0,
        30.0,
        CalledParties.typical());
  }

  public SimSettings withPort(int newPort) {
    return new SimSettings(
        host,
        newPort,
        username,
        secret,
        speedUp,
        seed,
        queues,
        inboundContext,
        agentAnswerSeconds,
        agentHandleSeconds,
        parties);
  }

  /**
   * One queue as queues.conf would define it.
   *
   * @param name the queue's name
   * @param strategy ringall, leastrecent, fewestcalls, rrmemory or random
   * @param ringTimeoutSeconds how long a member rings before the next try ({@code timeout})
   * @param retrySeconds pause before ringing again after nobody answered ({@code retry})
   * @param wrapUpSeconds a member's rest after a call ({@code wrapuptime})
   * @param serviceLevelSeconds the answer-time target counted in ServicelevelPerf
   * @param callsPerHour Poisson rate of simulated inbound callers, 0 for none
   * @param patienceSeconds mean time an inbound caller waits before abandoning
   * @param maxWaitSeconds a caller leaves the queue unanswered after this (0 = forever)
   */
  public record QueueSettings(
      String name,
      String strategy,
      int ringTimeoutSeconds,
      int retrySeconds,
      int wrapUpSeconds,
      int serviceLevelSeconds,
      double callsPerHour,
      double patienceSeconds,
      int maxWaitSeconds) {

    public QueueSettings {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("queue name missing");
      }
      if (!QueueStrategy.isKnown(strategy)) {
        throw new IllegalArgumentException("unknown queue strategy: " + strategy);
      }
      if (callsPerHour < 0 || patienceSeconds <= 0) {
        throw new IllegalArgumentException("traffic must be non-negative, patience positive");
      }
    }

    /** A queue with app_queue's usual settings and no simulated traffic. */
    public static QueueSettings of(String name, String strategy) {
      return new QueueSettings(name, strategy, 15, 5, 0, 20, 0, 120, 0);
    }

    public QueueSettings withTraffic(double perHour, double patience) {
      return new QueueSettings(
          name,
          strategy,
          ringTimeoutSeconds,
          retrySeconds,
          wrapUpSeconds,
          serviceLevelSeconds,
          perHour,
          patience,
          maxWaitSeconds);
    }

    public QueueSettings withWrapUp(int seconds) {
      return new QueueSettings(
          name,
          strategy,
          ringTimeoutSeconds,
          retrySeconds,
          seconds,
          serviceLevelSeconds,
          callsPerHour,
          patienceSeconds,
          maxWaitSeconds);
    }

    public QueueSettings withMaxWait(int seconds) {
      return new QueueSettings(
          name,
          strategy,
          ringTimeoutSeconds,
          retrySeconds,
          wrapUpSeconds,
          serviceLevelSeconds,
          callsPerHour,
          patienceSeconds,
          seconds);
    }
  }

  /**
   * How the people an Originate calls behave, when the request does not say ({@code LEAD_RESULT}).
   *
   * @param answerProbability chance that somebody (person or machine) answers
   * @param machineProbability chance that an answer is an answering machine
   * @param busyProbability chance of a busy line
   * @param congestionProbability chance of network congestion
   * @param ringSeconds mean ring time before an answer
   * @param talkSeconds mean talk time of a person who answered
   * @param amdSeconds time the answering-machine detection listens
   * @param safeHarborSeconds length of the message played to a call no agent took
   * @param optOutProbability chance that a person hearing the safe-harbor message presses the
   *     opt-out key the dialplan offers ({@code DIALER_OPT_OUT_KEY})
   */
  public record CalledParties(
      double answerProbability,
      double machineProbability,
      double busyProbability,
      double congestionProbability,
      double ringSeconds,
      double talkSeconds,
      double amdSeconds,
      double safeHarborSeconds,
      double optOutProbability) {

    public CalledParties {
      if (optOutProbability < 0 || optOutProbability > 1) {
        throw new IllegalArgumentException("opt-out probability must be between 0 and 1");
      }
      if (answerProbability + busyProbability + congestionProbability > 1.0
          || answerProbability < 0
          || busyProbability < 0
          || congestionProbability < 0
          || machineProbability < 0
          || machineProbability > 1) {
        throw new IllegalArgumentException("called-party probabilities must add up to at most 1");
      }
    }

    /** Figures of a typical consumer list. */
    public static CalledParties typical() {
      return new CalledParties(0.55, 0.25, 0.1, 0.02, 6, 45, 2.5, 6, 0);
    }
  }
}
