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
    // Two hours of one caller every 30 s, each on the phone for 60 s; every other caller who
    // waited 30 s gave up instead.
    Instant start = now;
    for (int i = 0; i < 240; i++) {
      Instant answered = start.plusSeconds(30L * i);
      now = answered;
      forecast.waited(30, i % 2 == 0);
      forecast.answered(answered);
      now = answered.plusSeconds(60);
      forecast.handled(answered, 60);
    }
    assertThat(forecast.forecast().handleTime()).isBetween(58.0, 66.0);
    assertThat(forecast.forecast().patience()).isBetween(55.0, 65.0);
  }

  @Test
  void atTheStartOfADayTheShortCallsThatEndFirstDoNotMakeTheHandleTimeShort() {
    LiveForecast forecast = new LiveForecast(config(60, 1), clock);
    // 200 callers answered at opening, their calls lasting like a 180-s exponential: two minutes
    // in, the 97 that ended took 53 s on average, and 103 are still talking.
    Instant opening = now;
    double[] lasts = new double[200];
    for (int i = 0; i < lasts.length; i++) {
      lasts[i] = -180 * Math.log(1 - (i + 0.5) / lasts.length);
      forecast.answered(opening);
    }
    now = opening.plusSeconds(120);
    double ended = 0;
    int endedCalls = 0;
    for (double last : lasts) {
      if (last <= 120) {
        forecast.handled(opening, last);
        ended += last;
        endedCalls++;
      }
    }
    assertThat(ended / endedCalls).isLessThan(60.0);
    assertThat(forecast.forecast().handleTime()).isBetween(160.0, 200.0);
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
