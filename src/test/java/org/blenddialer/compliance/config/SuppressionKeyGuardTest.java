package org.blenddialer.compliance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionKeyGuardTest {

  private static final String DEFAULT = SuppressionKeyGuard.DEVELOPMENT_KEY;

  @Test
  void productionWithTheDevelopmentKeyIsRefusedNamingTheKey() {
    String problem = SuppressionKeyGuard.problem(List.of("prod"), false, DEFAULT).orElseThrow();
    assertTrue(problem.startsWith("dialer.compliance.suppression-key"), problem);
    assertTrue(problem.contains("DIALER_SUPPRESSION_KEY"), problem);
  }

  @Test
  void productionWithABlankKeyIsRefused() {
    assertTrue(SuppressionKeyGuard.problem(List.of("prod"), false, " ").isPresent());
    assertTrue(SuppressionKeyGuard.problem(List.of("prod"), false, null).isPresent());
  }

  @Test
  void productionWithItsOwnKeyStarts() {
    assertEquals(
        java.util.Optional.empty(),
        SuppressionKeyGuard.problem(List.of("prod"), false, "k3J9-a-long-random-secret"));
  }

  @Test
  void developmentTestAndTheEmbeddedDemoKeepTheDefault() {
    assertTrue(SuppressionKeyGuard.problem(List.of("dev"), false, DEFAULT).isEmpty());
    assertTrue(SuppressionKeyGuard.problem(List.of("test"), false, DEFAULT).isEmpty());
    assertTrue(SuppressionKeyGuard.problem(List.of("prod"), true, DEFAULT).isEmpty());
  }
}
