package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.core.unit.EngagementTeam;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.constraints.MixedEngagementTeams;
import java.util.List;

/**
 * {@code LDN16-MIXED-ENGAGEMENT-TEAM}: each engagement team of a unit includes at least two women
 * officers, London 2016's "multiple women officers"; one finding per team short of that.
 */
public final class MixedEngagementTeamsValidator
    extends RuleValidator<MixedEngagementTeams, Unit> {

  private static final int MINIMUM_WOMEN = 2;

  /** Creates the validator. */
  public MixedEngagementTeamsValidator() {}

  @Override
  protected void check(Unit unit, Violations violations) {
    List<EngagementTeam> teams = unit.engagementTeams();
    for (int i = 0; i < teams.size(); i++) {
      EngagementTeam team = teams.get(i);
      long women = team.personnel().women();
      if (women < MINIMUM_WOMEN) {
        violations.report(Units.template("MixedEngagementTeams", "message"))
            .at("engagementTeams[" + i + "]")
            .with("unit", unit.id())
            .with("team", team.name())
            .with("women", women == 0 ? "no women officers" : "only one woman officer")
            .offending(team)
            .add();
      }
    }
  }
}
