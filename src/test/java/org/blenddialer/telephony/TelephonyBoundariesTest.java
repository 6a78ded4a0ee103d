package org.blenddialer.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * asterisk-java stays inside the AMI adapter, and the PBX simulator stays plain JDK so that it runs
 * on its own (bin/pbxsim) without the service.
 */
class TelephonyBoundariesTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.blenddialer");

  @Test
  void onlyTheAmiAdapterTouchesAsteriskJava() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.blenddialer.telephony.ami..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.asteriskjava..")
        .because("asterisk-java types never leave the adapter")
        .check(PRODUCTION);
  }

  @Test
  void thePbxSimulatorNeedsNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.blenddialer.telephony.pbxsim..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.blenddialer.telephony.pbxsim..")
        .because("bin/pbxsim runs the simulator with the JDK alone")
        .check(PRODUCTION);
  }
}
