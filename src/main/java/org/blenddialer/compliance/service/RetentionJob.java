package org.blenddialer.compliance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the retention service on the configured interval. */
@ApplicationScoped
public class RetentionJob {

  private final RetentionService retention;

  RetentionJob(RetentionService retention) {
    this.retention = retention;
  }

  @Scheduled(
      every = "${dialer.compliance.retention-interval:6h}",
      delayed = "${dialer.compliance.retention-interval:6h}")
  void run() {
    retention.enforce("system");
  }
}
