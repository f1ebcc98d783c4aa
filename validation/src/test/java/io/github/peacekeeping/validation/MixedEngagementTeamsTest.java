package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.MixedEngagementTeams;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixedEngagementTeamsTest {

  private static final String RULE = Rules.LDN16_MIXED_ENGAGEMENT_TEAM;

  static final class Bean {
    @MixedEngagementTeams(payload = Severity.Warning.class)
    final Unit unit;

    Bean(Unit unit) {
      this.unit = unit;
    }
  }

  static Unit withTeams(EngagementTeam... teams) {
    return Unit.builder().from(Fixtures.infantryBattalion()).engagementTeams(List.of(teams)).build();
  }

  static EngagementTeam teamWithOneWoman() {
    return EngagementTeam.of("Engagement team 2", PersonnelCount.of(1, 7));
  }

  @Test
  void team_with_three_women_has_no_finding() {
    assertThat(UnitChecks.findings(Fixtures.infantryBattalion(), RULE)).isEmpty();
  }

  @Test
  void team_with_exactly_two_women_has_no_finding() {
    Unit unit = withTeams(EngagementTeam.of("Engagement team 1", PersonnelCount.of(2, 6)));
    assertThat(UnitChecks.findings(unit, RULE)).isEmpty();
  }

  @Test
  void team_with_one_woman_gets_a_warning_at_its_index() {
    EngagementTeam team = teamWithOneWoman();
    Unit unit = withTeams(EngagementTeam.of("Engagement team 1", PersonnelCount.of(3, 5)), team);
    Finding finding = UnitChecks.single(unit, RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.path()).hasToString("engagementTeams[1]");
    assertThat(finding.message()).isEqualTo("Engagement team \"Engagement team 2\" of unit BGD-INF-1 "
        + "includes only one woman officer; at least two are called for");
    assertThat(finding.offendingValue()).contains(team);
  }

  @Test
  void team_without_women_gets_a_warning() {
    Unit unit = withTeams(EngagementTeam.of("Engagement team 1", PersonnelCount.ofMen(8)));
    assertThat(UnitChecks.single(unit, RULE).message()).isEqualTo("Engagement team "
        + "\"Engagement team 1\" of unit BGD-INF-1 includes no women officers; at least two are called for");
  }

  @Test
  void each_short_team_gets_its_own_finding() {
    Unit unit = withTeams(
        EngagementTeam.of("Engagement team 1", PersonnelCount.ofMen(8)), teamWithOneWoman());
    assertThat(UnitChecks.findings(unit, RULE))
        .extracting(f -> f.path().toString())
        .containsExactly("engagementTeams[0]", "engagementTeams[1]");
  }

  @Test
  void unit_without_engagement_teams_has_no_finding() {
    assertThat(UnitChecks.findings(withTeams(), RULE)).isEmpty();
  }

  @Test
  void annotated_bean_with_one_woman_team_has_one_violation_under_default_configuration() {
    var violation = UnitChecks.singleViolation(
        new Bean(withTeams(teamWithOneWoman())), RULE, Severity.Warning.class,
        "unit.engagementTeams[0]");
    assertThat(violation.getMessage()).startsWith("Engagement team \"Engagement team 2\"");
  }

  @Test
  void annotated_bean_with_mixed_teams_has_no_violation_under_default_configuration() {
    assertThat(UnitChecks.validateBean(new Bean(Fixtures.infantryBattalion()))).isEmpty();
  }
}
