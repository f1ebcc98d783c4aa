package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitCategory;
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

class PledgeCompositionPropertyTest {

  private final CommuniqueValidator validator = CommuniqueValidator.create();

  @Test
  void a_pledge_with_one_formed_police_unit_without_women_platoon_gets_one_warning() {
    Testkit.qt().withExamples(300)
        .forAll(Pledges.pledges()
            .withUnits(Units.units().ofCategory(UnitCategory.POLICE))
            .violating(Rules.LDN16_FPU_WOMEN_PLATOON))
        .checkAssert(pledge -> {
          List<Unit> withoutPlatoon = pledge.units().stream()
              .filter(u -> u.type().equals(UnitType.FORMED_POLICE_UNIT))
              .filter(u -> u.platoons().stream().noneMatch(Platoon::isAllWomen))
              .toList();
          assertEquals(1, withoutPlatoon.size(), pledge::toString);

          ValidationReport report = validator.validate(pledge, Testkit.DEFAULT_CONTEXT);
          List<Finding> findings = report.findings(Rules.LDN16_FPU_WOMEN_PLATOON);
          assertEquals(1, findings.size(), report::toString);
          assertEquals(Severity.WARNING, findings.get(0).severity());
          // The one broken unit is the only thing wrong with the pledge.
          assertEquals(findings, report.findingsAtOrAbove(Severity.WARNING), report::toString);
        });
  }

  @Test
  void a_false_property_shrinks_to_a_counterexample_a_person_can_read() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        Testkit.qt().withFixedSeed(1)
            .forAll(Units.units())
            .check(unit -> unit.personnel().total() <= 100));
    String message = failure.getMessage();
    // "unit AFG-MILITARY_POLICE_UNIT-1: MILITARY_POLICE_UNIT of AFG, OFFERED, 101 (1 women), ..."
    String smallest = message.lines()
        .dropWhile(line -> !line.startsWith("Smallest found falsifying value(s)"))
        .skip(1).findFirst().orElseThrow();
    assertTrue(smallest.startsWith("unit ") && smallest.contains(", 101 (1 women)"), message);
    assertTrue(smallest.length() < 200, smallest);
  }
}
