package org.blenddialer.acd.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

  private final LiveFeed feed = new LiveFeed(Duration.ofHours(1));

  @Test
  void aReaderThatTakesOneEventAtATimeStillGetsAStateChangeAndItsScreenPop() {
    // A web stream asks for the next event only when the last one is written.
    AssertSubscriber<LiveEvent> agent =
        feed.forAgent(7).subscribe().withSubscriber(AssertSubscriber.create(1));

    feed.publish(event("agent-state", 7L));
    feed.publish(event("screen-pop", 7L));
    feed.publish(event("agent-state", 8L));
    agent.request(1);

    assertThat(agent.getItems())
        .extracting(LiveEvent::type)
        .containsExactly("agent-state", "screen-pop");
    assertThat(agent.getItems()).allMatch(e -> e.agentId() == 7L);
    agent.assertNotTerminated();
  }

  @Test
  void aReaderThatFallsTooFarBehindLosesOnlyItsOwnStream() {
    AssertSubscriber<LiveEvent> stuck =
        feed.all().subscribe().withSubscriber(AssertSubscriber.create(0));
    AssertSubscriber<LiveEvent> keeping =
        feed.all().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

    for (int i = 0; i <= LiveFeed.BACKLOG; i++) {
      feed.publish(event("queue-changed", null));
    }

    stuck.assertFailedWith(BackPressureFailure.class);
    assertThat(keeping.getItems()).hasSize(LiveFeed.BACKLOG + 1);
    keeping.assertNotTerminated();
    feed.publish(event("queue-changed", null));
    assertThat(keeping.getItems()).hasSize(LiveFeed.BACKLOG + 2);
  }

  @Test
  void aStreamEndsAfterItsLongestLife() {
    LiveFeed shortLived = new LiveFeed(Duration.ofMillis(50));
    AssertSubscriber<LiveEvent> reader =
        shortLived.all().subscribe().withSubscriber(AssertSubscriber.create(10));

    reader.awaitCompletion(Duration.ofSeconds(10));
    assertThat(reader.getItems()).isEqualTo(List.of());
  }

  private static LiveEvent event(String type, Long agentId) {
    return new LiveEvent(type, agentId, Instant.parse("2026-11-24T09:00:00Z"), type);
  }
}
