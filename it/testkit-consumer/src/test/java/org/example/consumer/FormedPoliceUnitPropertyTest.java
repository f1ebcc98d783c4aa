package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Testkit;
import io.github.peacekeeping.testkit.Units;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormedPoliceUnitPropertyTest {

  private final CommuniqueValidator validator = CommuniqueValidator.create();

  @Test
  void every_formed_police_unit_without_a_women_platoon_gets_ldn16_fpu_women_platoon() {
    qt().withExamples(1_000)
        .forAll(Units.units().violating(Rules.LDN16_FPU_WOMEN_PLATOON))
        .checkAssert(unit -> {
          assertEquals(UnitType.FORMED_POLICE_UNIT.code(), unit.type().code());
          assertTrue(unit.platoons().stream().noneMatch(Platoon::isAllWomen), unit::toString);

          ValidationReport report = validator.validate(unit, Testkit.DEFAULT_CONTEXT);
          List<Finding> findings = report.findings(Rules.LDN16_FPU_WOMEN_PLATOON);
          assertEquals(1, findings.size(), report::toString);
          assertEquals(Severity.WARNING, findings.get(0).severity());
          assertEquals("platoons", findings.get(0).path().toString());
          // Nothing else is wrong with the unit: the warning is the only finding worth a look.
          assertEquals(findings, report.findingsAtOrAbove(Severity.WARNING), report::toString);
        });
  }

  @Test
  void valid_pledges_have_no_errors() {
    qt().withExamples(1_000)
        .forAll(Pledges.pledges())
        .checkAssert((Pledge pledge) -> {
          ValidationReport report = validator.validate(pledge, Testkit.DEFAULT_CONTEXT);
          assertEquals(0, report.count(Severity.ERROR), () -> pledge + "\n" + report);
        });
  }
}
