package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.PledgeFixtures.assertSingleViolation;
import static io.github.peacekeeping.validation.PledgeFixtures.defaultValidator;
import static io.github.peacekeeping.validation.PledgeFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.PledgeCategory;
import io.github.peacekeeping.core.unit.UnitCategory;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.validation.constraints.MeetsCapabilityGap;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetsCapabilityGapTest {

  private static final String RULE = Rules.LDN16_CAPABILITY_GAP;

  /** Gaps in medical and helicopter capabilities, as of the fixtures' date. */
  static final ValidationContext GAPS = ValidationContext.builder()
      .asOf(Fixtures.AS_OF)
      .addCapabilityGaps(UnitType.LEVEL_2_HOSPITAL, UnitType.UTILITY_HELICOPTER_UNIT)
      .build();

  @Test
  void pledge_of_a_unit_in_a_gap_passes() {
    assertThat(findings(PledgeFixtures.norwegianSerbianHospital(), GAPS, RULE)).isEmpty();
  }

  @Test
  void gap_is_matched_by_unit_type_code() {
    ValidationContext gaps = ValidationContext.builder().asOf(Fixtures.AS_OF)
        .addCapabilityGaps(UnitType.of("LEVEL_2_HOSPITAL", "Role 2 hospital",
            UnitCategory.MILITARY, true))
        .build();
    assertThat(findings(PledgeFixtures.norwegianSerbianHospital(), gaps, RULE)).isEmpty();
  }

  @Test
  void capability_pledge_meeting_no_gap_is_a_warning() {
    Pledge pledge = Fixtures.levelThreePledge();
    assertThat(findings(pledge, GAPS, RULE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).hasToString("units");
      assertThat(f.message()).isEqualTo("Capability pledge KOR-2021-001 meets none of the"
          + " identified capability gaps (Level II hospital, Utility helicopter unit): it offers"
          + " Infantry battalion");
      assertThat(f.offendingValue()).contains(pledge.units());
    });
  }

  @Test
  void capability_pledge_without_units_meets_no_gap() {
    Pledge pledge = Pledge.builder().from(Fixtures.levelThreePledge()).units(List.of()).build();
    assertThat(findings(pledge, GAPS, RULE)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("it offers no units"));
  }

  @Test
  void pledge_that_is_not_a_capability_pledge_passes() {
    Pledge pledge = Pledge.builder().from(Fixtures.levelThreePledge())
        .units(List.of())
        .categories(List.of(PledgeCategory.TRAINING_AND_CAPACITY_BUILDING))
        .build();
    assertThat(findings(pledge, GAPS, RULE)).isEmpty();
  }

  @Test
  void no_gaps_given_means_no_finding() {
    assertThat(findings(Fixtures.levelThreePledge(), Fixtures.CONTEXT, RULE)).isEmpty();
  }

  static final class Annotated {
    @MeetsCapabilityGap(payload = Severity.Warning.class)
    final Pledge pledge;

    Annotated(Pledge pledge) {
      this.pledge = pledge;
    }
  }

  @Test
  void default_hibernate_validator_with_gaps_reports_a_pledge_meeting_none() {
    assertSingleViolation(
        defaultValidator(GAPS).validate(new Annotated(Fixtures.levelThreePledge())),
        "pledge.units", Severity.Warning.class, RULE);
  }

  @Test
  void default_hibernate_validator_with_gaps_passes_a_pledge_meeting_one() {
    assertThat(defaultValidator(GAPS)
        .validate(new Annotated(PledgeFixtures.norwegianSerbianHospital()))).isEmpty();
  }

  @Test
  void default_hibernate_validator_without_a_context_reports_nothing() {
    assertThat(defaultValidator().validate(new Annotated(Fixtures.levelThreePledge()))).isEmpty();
  }
}
