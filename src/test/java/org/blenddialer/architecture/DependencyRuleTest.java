package org.blenddialer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule: the decision core and the simulator are plain Java. They may use the JDK
 * (less its I/O and networking) and, for the simulator, the core; never Quarkus, JPA, asterisk-java
 * or any other framework. The service packages may use them, not the other way round.
 */
class DependencyRuleTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.blenddialer");

  /** The rule for a pure package: JDK only (plus the given own packages), no I/O. */
  static ArchRule pure(String pkg, String... alsoAllowed) {
    String[] allowed = new String[alsoAllowed.length + 2];
    allowed[0] = "java..";
    allowed[1] = pkg;
    System.arraycopy(alsoAllowed, 0, allowed, 2, alsoAllowed.length);
    return classes()
        .that()
        .resideInAPackage(pkg)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .andShould()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("java.io..", "java.nio..", "java.net..", "java.sql..")
        .because("the core decides and the simulator simulates; adapters do I/O and frameworks")
        .allowEmptyShould(true);
  }

  @Test
  void coreIsPlainJava() {
    pure("org.blenddialer.core..").check(PRODUCTION);
  }

  @Test
  void simulatorDependsOnTheCoreOnly() {
    pure("org.blenddialer.sim..", "org.blenddialer.core..").check(PRODUCTION);
  }

  @Test
  void theRuleCatchesACoreClassThatImportsJpaQuarkusOrAsteriskJava() {
    JavaClasses fixture =
        new ClassFileImporter().importPackages("org.blenddialer.architecture.fixture");
    EvaluationResult result = pure("org.blenddialer.architecture.fixture.core..").evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("jakarta.persistence"))
        .anyMatch(line -> line.contains("io.quarkus"))
        .anyMatch(line -> line.contains("java.io"));
  }
}
