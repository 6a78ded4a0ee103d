package org.blenddialer.acd.blending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.blenddialer.acd.config.AcdConfig;
import org.junit.jupiter.api.Test;

class LiveForecastTest {

  private Instant now = Instant.parse("2026-11-23T09:00:00Z");
  private final InstantSource clock = () -> now;

  @Test
  void learnsTheArrivalRateAndForgetsItWhenCallsStop() {
    LiveForecast forecast = new LiveForecast(config(60, 10), clock);
    assertThat(forecast.forecast().arrivalRate()).isZero();
    for (int i = 0; i < 120; i++) {
      now = now.plusSeconds(6);
      forecast.arrival();
    }
    // One caller every 6 s is 600 an hour.
    assertThat(forecast.forecast().arrivalRate() * 3600).isBetween(450.0, 750.0);
    now = now.plus(Duration.ofMinutes(10));
    assertThat(forecast.forecast().arrivalRate())
        .as("below the floor of 10 calls/h after ten quiet minutes")
        .isZero();
  }

  @Test
  void handleTimeAndPatienceComeFromWhatCallersDid() {
    LiveForecast forecast = new LiveForecast(config(60, 1), clock);
    assertThat(forecast.forecast().handleTime()).isEqualTo(180.0);
    assertThat(forecast.forecast().patienceKnown()).isFalse();
    for (int i = 0; i < 50; i++) {
      forecast.handled(60);
      forecast.waited(30, i % 2 == 0);
    }
    assertThat(forecast.forecast().handleTime()).isBetween(59.0, 63.0);
    assertThat(forecast.forecast().patience()).isBetween(55.0, 65.0);
  }

  private static AcdConfig config(long timeConstantSeconds, double minPerHour) {
    AcdConfig.Blending blending =
        new AcdConfig.Blending() {
          @Override
          public boolean enabled() {
            return true;
          }

          @Override
          public Duration tick() {
            return Duration.ofSeconds(1);
          }

          @Override
          public Duration minTimeInMode() {
            return Duration.ofSeconds(30);
          }

          @Override
          public int extraAgents() {
            return 0;
          }

          @Override
          public boolean liveAnswersFirstWhileOnTarget() {
            return true;
          }

          @Override
          public Duration arrivalTimeConstant() {
            return Duration.ofSeconds(timeConstantSeconds);
          }

          @Override
          public double minCallsPerHour() {
            return minPerHour;
          }

          @Override
          public Duration priorHandleTime() {
            return Duration.ofSeconds(180);
          }
        };
    return new AcdConfig() {
      @Override
      public Blending blending() {
        return blending;
      }

      @Override
      public Live live() {
        return () -> Duration.ofHours(1);
      }

      @Override
      public Kpi kpi() {
        return new Kpi() {
          @Override
          public Duration shortAbandon() {
            return Duration.ofSeconds(5);
          }

          @Override
          public String dayZone() {
            return "UTC";
          }
        };
      }

      @Override
      public boolean simulatedAgentsLogIn() {
        return false;
      }

      @Override
      public String recordingPrefix() {
        return "inbound/";
      }
    };
  }
}
