package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static io.github.peacekeeping.validation.MissionFixtures.ghana;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.validation.constraints.WpsNationalActionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class WpsNationalActionPlanTest {

  private static List<Finding> findings(MemberStateCommitments commitments) {
    return CommuniqueValidator.create().validate(commitments, CONTEXT)
        .findings(Rules.LDN16_WPS_NAP);
  }

  @Test
  void state_with_a_national_action_plan_has_no_finding() {
    assertThat(findings(ghana(true, false, false))).isEmpty();
  }

  @Test
  void state_without_a_national_action_plan_gets_info() {
    assertThat(findings(ghana(false, true, true))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LDN16-WPS-NAP");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).hasToString("wpsNationalActionPlan");
      assertThat(f.message())
          .isEqualTo("GHA has no National Action Plan on Women, Peace and Security");
      assertThat(f.offendingValue()).contains(false);
    });
  }

  @Test
  void default_commitments_lack_the_plan() {
    MemberStateCommitments unknown = MemberStateCommitments.builder()
        .memberState(io.github.peacekeeping.core.contributor.MemberState.of("GHA")).build();

    assertThat(findings(unknown)).hasSize(1);
  }

  record Bean(@WpsNationalActionPlan(payload = Severity.Info.class) MemberStateCommitments state) {}

  @Test
  void default_hibernate_validator_reports_missing_plan() {
    assertThat(MissionFixtures.validateByDefault(new Bean(ghana(false, true, true))))
        .singleElement().satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("state.wpsNationalActionPlan");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Info.class);
          assertThat(SequencedMandateTest.ruleId(v)).isEqualTo("LDN16-WPS-NAP");
          assertThat(v.getMessage())
              .isEqualTo("GHA has no National Action Plan on Women, Peace and Security");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(ghana(true, true, true)))).isEmpty();
  }
}
