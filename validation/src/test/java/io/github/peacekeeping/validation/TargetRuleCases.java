package io.github.peacekeeping.validation;

import static io.github.peacekeeping.core.personnel.PersonnelCategory.CONTINGENT_TROOPS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.MILITARY_OBSERVERS;
import static io.github.peacekeeping.core.personnel.PersonnelCategory.STAFF_OFFICERS;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.target.TargetScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Passing and breaking cases of the targets over many records, for the catalogue walk. The
 * registries and snapshots are small and illustrative. Each snapshot is dated on its target's
 * deadline and assessed the day after, or later: the target is then judged on the deadline's
 * figures (REQUIREMENTS §8.3).
 */
final class TargetRuleCases {

  private TargetRuleCases() {}

  static List<RuleCase> cases() {
    LocalDate after2016 = RegistryTargetsTest.AFTER;
    ValidationContext registryContext = ValidationContext.asOf(after2016);
    LocalDate end2014 = LocalDate.of(2014, 12, 31);
    LocalDate end2017 = LocalDate.of(2017, 12, 31);
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    LocalDate end2028 = LocalDate.of(2028, 12, 31);
    ValidationContext jan2015 = ValidationContext.asOf(LocalDate.of(2015, 1, 1));
    ValidationContext jan2018 = ValidationContext.asOf(LocalDate.of(2018, 1, 31));
    ValidationContext jan2029 = ValidationContext.asOf(LocalDate.of(2029, 1, 31));
    ValidationContext baseline1000 = ValidationContext.builder()
        .asOf(LocalDate.of(2021, 1, 31)).womenBaseline(1_000).build();
    List<RuleCase> cases = new ArrayList<>();
    cases.add(RuleCase.passing(Rules.LDN16_LEVEL3_12000, "12,000 at Level 3 or RDL in 2017",
        registry(8_000, 4_000), registryContext));
    cases.add(RuleCase.breaking(Rules.LDN16_LEVEL3_12000, "11,999 at Level 3 or RDL in 2017",
        registry(8_000, 3_999), registryContext));
    cases.add(RuleCase.passing(Rules.LDN16_RDL_4000, "4,000 at RDL in 2017",
        registry(8_000, 4_000), registryContext));
    cases.add(RuleCase.breaking(Rules.LDN16_RDL_4000, "3,999 at RDL with Level 3 met, in 2017",
        registry(9_000, 3_999), registryContext));
    cases.add(RuleCase.passing(Rules.LDN16_WOMEN_POLICE_20, "40 women among 200 police",
        snapshot(end2014, INDIVIDUAL_POLICE, 30, 70, FORMED_POLICE_UNITS, 10, 90), jan2015));
    cases.add(RuleCase.breaking(Rules.LDN16_WOMEN_POLICE_20, "39 women among 200 police",
        snapshot(end2014, INDIVIDUAL_POLICE, 29, 71, FORMED_POLICE_UNITS, 10, 90), jan2015));
    cases.add(RuleCase.passing(Rules.LDN16_WOMEN_SO_MO_15, "23 of 150 at the end of 2017",
        snapshot(end2017, STAFF_OFFICERS, 15, 85, MILITARY_OBSERVERS, 8, 42), jan2018));
    cases.add(RuleCase.breaking(Rules.LDN16_WOMEN_SO_MO_15, "22 of 150 at the end of 2017",
        snapshot(end2017, STAFF_OFFICERS, 15, 85, MILITARY_OBSERVERS, 7, 43), jan2018));
    cases.add(RuleCase.passing(Rules.LDN16_DOUBLE_WOMEN_2020, "2,000 women against 1,000",
        snapshot(end2020, CONTINGENT_TROOPS, 1_500, 20_000, FORMED_POLICE_UNITS, 500, 3_000),
        baseline1000));
    cases.add(RuleCase.breaking(Rules.LDN16_DOUBLE_WOMEN_2020, "1,999 women against 1,000",
        snapshot(end2020, CONTINGENT_TROOPS, 1_499, 20_000, FORMED_POLICE_UNITS, 500, 3_000),
        baseline1000));
    cases.add(RuleCase.passing(Rules.UGPS28_TARGETS, "every 2028 share met at the end of 2028",
        ugps28(end2028, 15), jan2029));
    cases.add(RuleCase.breaking(Rules.UGPS28_TARGETS, "14% women troops at the end of 2028",
        ugps28(end2028, 14), jan2029));
    return cases;
  }

  private static RuleCase.Registry registry(long level3, long rdl) {
    return new RuleCase.Registry(
        RegistryTargetsTest.registry(level3, rdl, RegistryTargetsTest.AFTER));
  }

  /** A system-wide snapshot of two categories, women and men given for each. */
  static RuleCase.Snapshot snapshot(LocalDate date,
      PersonnelCategory first, long firstWomen, long firstMen,
      PersonnelCategory second, long secondWomen, long secondMen) {
    return new RuleCase.Snapshot(DeploymentSnapshot.of(date, List.of(
        record(date, "GHA", first, firstWomen, firstMen),
        record(date, "NPL", second, secondWomen, secondMen))), TargetScope.SYSTEM);
  }

  /** The four UGPS28 categories at their 2028 shares, troops at {@code troopsPercent}. */
  private static RuleCase.Snapshot ugps28(LocalDate date, int troopsPercent) {
    return new RuleCase.Snapshot(DeploymentSnapshot.of(date, List.of(
        record(date, "GHA", CONTINGENT_TROOPS, troopsPercent, 100 - troopsPercent),
        record(date, "GHA", STAFF_OFFICERS, 25, 75),
        record(date, "NPL", FORMED_POLICE_UNITS, 20, 80),
        record(date, "NPL", INDIVIDUAL_POLICE, 30, 70))), TargetScope.SYSTEM);
  }

  private static DeploymentRecord record(
      LocalDate date, String contributor, PersonnelCategory category, long women, long men) {
    return DeploymentRecord.of(date, MemberState.of(contributor), Mission.of("UNMISS"), category,
        PersonnelCount.of(women, men));
  }
}
