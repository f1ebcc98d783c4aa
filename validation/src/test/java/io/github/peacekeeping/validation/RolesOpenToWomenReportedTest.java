package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static io.github.peacekeeping.validation.MissionFixtures.ghana;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.validation.constraints.RolesOpenToWomenReported;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesOpenToWomenReportedTest {

  private static List<Finding> findings(MemberStateCommitments commitments) {
    return CommuniqueValidator.create().validate(commitments, CONTEXT)
        .findings(Rules.LDN16_ROLES_OPEN_TO_WOMEN);
  }

  @Test
  void state_that_reported_both_has_no_finding() {
    assertThat(findings(ghana(false, true, true))).isEmpty();
  }

  @Test
  void roles_not_reported_gets_info_at_roles() {
    assertThat(findings(ghana(true, false, true))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LDN16-ROLES-OPEN-TO-WOMEN");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).hasToString("rolesOpenToWomenReported");
      assertThat(f.message()).isEqualTo(
          "GHA has not told the UN which military roles are open to servicewomen");
      assertThat(f.offendingValue()).contains(false);
    });
  }

  @Test
  void officers_not_reported_gets_info_at_officers() {
    assertThat(findings(ghana(true, true, false))).singleElement().satisfies(f -> {
      assertThat(f.path()).hasToString("officersByRankAndGenderReported");
      assertThat(f.message()).isEqualTo(
          "GHA has not reported a breakdown of its officers by rank and gender");
    });
  }

  @Test
  void neither_reported_is_one_info_at_the_first_missing_attribute() {
    assertThat(findings(ghana(true, false, false))).singleElement().satisfies(f -> {
      assertThat(f.path()).hasToString("rolesOpenToWomenReported");
      assertThat(f.message()).isEqualTo("GHA has not told the UN which military roles are open to"
          + " servicewomen, nor reported a breakdown of its officers by rank and gender");
    });
  }

  record Bean(
      @RolesOpenToWomenReported(payload = Severity.Info.class) MemberStateCommitments state) {}

  @Test
  void default_hibernate_validator_reports_missing_breakdown() {
    assertThat(MissionFixtures.validateByDefault(new Bean(ghana(true, true, false))))
        .singleElement().satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("state.officersByRankAndGenderReported");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Info.class);
          assertThat(SequencedMandateTest.ruleId(v)).isEqualTo("LDN16-ROLES-OPEN-TO-WOMEN");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(ghana(true, true, true)))).isEmpty();
  }
}
