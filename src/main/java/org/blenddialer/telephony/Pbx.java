package org.blenddialer.telephony;

import java.util.List;
import java.util.function.Consumer;

/**
 * The telephony port: what the dialer asks of a PBX, in call-centre terms, and the stream of what
 * the PBX reports. Every command names the PBX server it goes to; every command fails fast with
 * {@link PbxUnavailableException} while that server's link is not {@link LinkState#READY}.
 */
public interface Pbx {

  /**
   * Dials a lead asynchronously; the result arrives later as an {@link PbxEvent.OriginateOutcome}
   * carrying the request's attempt id. Returns once the PBX has queued the call.
   */
  void originate(OriginateRequest request);

  /**
   * Dials like {@link #originate} but sends the answered call to {@code context},{@code exten}
   * instead of the server's outbound (AMD) context: a callback to a caller, say.
   */
  default void originateInto(OriginateRequest request, String context, String exten) {
    throw new UnsupportedOperationException("this PBX cannot originate into a context");
  }

  /** Clears a call's channel (normal clearing). */
  void hangup(String server, String channel);

  /** Makes an agent's phone a member of a queue. */
  void addQueueMember(String server, QueueMembership membership);

  /** Takes an agent's phone out of a queue. */
  void removeQueueMember(String server, String queue, String agentInterface);

  /** Sets an agent's penalty in one queue (AMI QueuePenalty). */
  default void setQueueMemberPenalty(
      String server, String queue, String agentInterface, int penalty) {
    throw new UnsupportedOperationException("this PBX cannot change a member's penalty");
  }

  /** Pauses or unpauses an agent in one queue only (the other memberships stay as they are). */
  void pauseQueueMember(
      String server, String queue, String agentInterface, boolean paused, String reason);

  /** Sends a channel to another place in the dialplan. */
  void redirect(String server, String channel, String context, String exten);

  /** Plays a recorded message (the safe-harbor message, for one) to a channel, then clears it. */
  void playMessage(String server, String channel, String sound);

  /** Starts recording a call into {@code file} (MixMonitor). */
  void startRecording(String server, String channel, String file);

  /** Stops recording a call. */
  void stopRecording(String server, String channel);

  /**
   * Rings a supervisor's phone and, when answered, joins it to the call of the agent on {@code
   * agentDevice} in the given mode (ChanSpy).
   */
  void spy(String server, String supervisorDevice, String agentDevice, SpyMode mode);

  /**
   * Has the server re-read its queue parameters (AMI {@code QueueReload} with {@code Parameters:
   * yes}), the generated announcements include among them; answers what the server said.
   */
  default String reloadQueues(String server) {
    throw new UnsupportedOperationException("this PBX cannot reload its queues");
  }

  /**
   * Makes the server read its dialplan files again (AMI {@code Command: dialplan reload}), after
   * the service rewrote a generated include such as the voice menus. Answers what the PBX said.
   */
  default String reloadDialplan(String server) {
    throw new UnsupportedOperationException("this PBX cannot reload its dialplan");
  }

  /**
   * The entries of one family of the server's own database (AstDB), key (without the family) to
   * value: what the dialplan kept there, e.g. an opt-out key press, readable after an AMI link that
   * was down comes back (AMI {@code Command: database show <family>}).
   */
  default java.util.Map<String, String> databaseEntries(String server, String family) {
    throw new UnsupportedOperationException("this PBX has no database");
  }

  /** Deletes one AstDB entry (AMI {@code DBDel}); false when there was none. */
  default boolean deleteDatabaseEntry(String server, String family, String key) {
    throw new UnsupportedOperationException("this PBX has no database");
  }

  // ---- Agent call control (hold, transfer, conference): see docs/call-control.md.

  /**
   * Puts a caller on hold with the agent still on the line: the caller goes to music on hold, the
   * agent's channel waits in silence (one Redirect with ExtraChannel, so the queue's bridge ends
   * without hanging either up).
   */
  default void hold(String server, String callerChannel, String agentChannel) {
    throw new UnsupportedOperationException("this PBX cannot hold calls");
  }

  /** Joins two channels already in the PBX in a new bridge (resume, or complete a transfer). */
  default void bridge(String server, String channel1, String channel2) {
    throw new UnsupportedOperationException("this PBX cannot bridge channels");
  }

  /**
   * Calls a party and, once they answer, bridges them with {@code bridgeTo} (Originate running the
   * Bridge application). Asynchronous: the result arrives as an {@link PbxEvent.OriginateOutcome}
   * whose attempt id is {@code legId}.
   */
  default void dialAndBridge(
      String server, String legId, TransferTarget target, String bridgeTo, String callerId) {
    throw new UnsupportedOperationException("this PBX cannot dial a consultation");
  }

  /** Sends a caller into a queue (a blind transfer to a queue). */
  default void sendToQueue(String server, String channel, String queue) {
    throw new UnsupportedOperationException("this PBX cannot transfer to a queue");
  }

  /** Sends two channels into a conference room (ConfBridge). */
  default void conference(String server, String room, String channel, String extraChannel) {
    throw new UnsupportedOperationException("this PBX cannot hold conferences");
  }

  /**
   * Calls a party into a conference room; the result arrives as an {@link
   * PbxEvent.OriginateOutcome} whose attempt id is {@code legId}.
   */
  default void dialIntoConference(
      String server, String legId, TransferTarget target, String room, String callerId) {
    throw new UnsupportedOperationException("this PBX cannot hold conferences");
  }

  /** Delivers every event from every server, in order per server, until the handle is closed. */
  Subscription subscribe(Consumer<PbxEvent> listener);

  /** The state of each configured server's link. */
  List<PbxLinkStatus> links();

  /** True when the named server is connected and re-synced: the only state that may originate. */
  boolean isReady(String server);

  /** The server commands go to when only one is configured (or the first one). */
  String defaultServer();

  /** A handle that stops event delivery to one listener. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
