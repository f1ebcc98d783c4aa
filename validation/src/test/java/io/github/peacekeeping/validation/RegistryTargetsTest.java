package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The readiness targets over a registry: 12,000 troops and police at PCRS Level 3 or above and
 * 4,000 at the Rapid Deployment Level by 31 December 2016. The pledges are illustrative; their
 * personnel come from their units.
 */
class RegistryTargetsTest {

  static final LocalDate DEADLINE = LocalDate.of(2016, 12, 31);
  static final LocalDate AFTER = LocalDate.of(2017, 1, 1);
  static final LocalDate BEFORE = LocalDate.of(2016, 6, 30);
  static final LocalDate EARLY_2016 = LocalDate.of(2016, 3, 1);

  /**
   * An offered infantry unit with a gender adviser: no unit rule is broken by it, so only the
   * targets report.
   */
  static Unit unit(String id, long women, long men) {
    return Unit.builder()
        .id(id)
        .type(UnitType.INFANTRY_BATTALION)
        .contributor(MemberState.of("GHA"))
        .status(DeploymentStatus.OFFERED)
        .personnel(PersonnelCount.of(women, men))
        .putRole(UnitRole.GENDER_ADVISER, women > 0 ? PersonnelCount.ofWomen(1) : PersonnelCount.ofMen(1))
        .build();
  }

  /**
   * A pledge of units that reached a level on the day it was made, or without readiness when
   * {@code level} is null, backed by the evidence its level needs (AAV, SUR, a 60-day window at the
   * Rapid Deployment Level, all of that day) so that only the targets are at stake.
   */
  static Pledge pledge(String id, ReadinessLevel level, LocalDate pledgedOn, Unit... units) {
    Pledge.Builder builder = Pledge.builder()
        .id(id)
        .contributor(MemberState.of("GHA"))
        .pledgedOn(pledgedOn)
        .addUnits(units);
    if (level != null) {
      builder.readiness(Readiness.of(step(id, level, pledgedOn)));
    }
    return builder.build();
  }

  /** A step reaching a level on a day, with the evidence the level needs, dated that day. */
  static ReadinessStep step(String id, ReadinessLevel level, LocalDate on) {
    ReadinessStep.Builder step = ReadinessStep.builder().on(on).level(level);
    if (level.isAtLeast(ReadinessLevel.LEVEL_2)) {
      step.aav(AssessmentVisit.of(on));
    }
    if (level.isAtLeast(ReadinessLevel.LEVEL_3)) {
      step.sur(SurAlignment.generic("SUR-" + id, on));
    }
    if (level == ReadinessLevel.RAPID_DEPLOYMENT) {
      step.rapidDeployment(RapidDeploymentCommitment.of(60, on));
    }
    return step.build();
  }

  /** A pledge of one unit with a readiness history. */
  static Pledge withHistory(String id, long personnel, LocalDate pledgedOn, ReadinessStep first,
      ReadinessStep... later) {
    return Pledge.builder()
        .id(id)
        .contributor(MemberState.of("GHA"))
        .pledgedOn(pledgedOn)
        .addUnits(unit(id + "-1", 0, personnel))
        .readiness(Readiness.of(first, later))
        .build();
  }

  /**
   * A registry with {@code level3} personnel at Level 3 and {@code rdl} at the Rapid Deployment
   * Level, all pledged early in 2016, and pledges that must not count: at Level 2, without
   * readiness, and made after {@code asOf}.
   */
  static List<Pledge> registry(long level3, long rdl, LocalDate asOf) {
    List<Pledge> pledges = new ArrayList<>();
    // Two units per Level 3 pledge: the pledge's personnel is their sum.
    pledges.add(pledge("L3-A", ReadinessLevel.LEVEL_3, EARLY_2016,
        unit("L3-A-1", 100, 4_900), unit("L3-A-2", 50, level3 - 5_000 - 50)));
    pledges.add(pledge("RDL-A", ReadinessLevel.RAPID_DEPLOYMENT, EARLY_2016,
        unit("RDL-A-1", 80, rdl - 80)));
    pledges.add(pledge("L2-A", ReadinessLevel.LEVEL_2, EARLY_2016, unit("L2-A-1", 0, 9_000)));
    pledges.add(pledge("UNREG-A", null, EARLY_2016, unit("UNREG-A-1", 0, 9_000)));
    // Made the day after the evaluation date: not yet in the registry as of it.
    pledges.add(pledge("L3-LATE", ReadinessLevel.LEVEL_3, asOf.plusDays(1),
        unit("L3-LATE-1", 0, 5_000)));
    pledges.add(pledge("RDL-LATE", ReadinessLevel.RAPID_DEPLOYMENT, asOf.plusDays(1),
        unit("RDL-LATE-1", 0, 5_000)));
    return pledges;
  }

  static ValidationReport validate(List<Pledge> registry, LocalDate asOf) {
    return CommuniqueValidator.create().validateRegistry(registry, ValidationContext.asOf(asOf));
  }

  /** The one finding of a rule at a stage. */
  static Finding only(ValidationReport report, String ruleId, AssessmentStage stage) {
    List<Finding> findings = report.findings(ruleId).stream()
        .filter(f -> f.assessment().orElseThrow().stage() == stage)
        .toList();
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  static Finding verdict(ValidationReport report, String ruleId) {
    return only(report, ruleId, AssessmentStage.AT_DEADLINE);
  }

  static Finding since(ValidationReport report, String ruleId) {
    return only(report, ruleId, AssessmentStage.SINCE_DEADLINE);
  }

  static Finding progress(ValidationReport report, String ruleId) {
    return only(report, ruleId, AssessmentStage.PROGRESS);
  }

  static void assertAssessment(Finding finding, long actual, long required, long shortfall) {
    assertThat(finding.path()).isEqualTo(FindingPath.root());
    assertThat(finding.offendingValue()).isEmpty();
    assertThat(finding.citation()).isEqualTo(Rules.get(finding.ruleId()).citation());
    TargetAssessment a = finding.assessment().orElseThrow();
    assertThat(a.scope()).isEqualTo(TargetScope.SYSTEM);
    assertThat(a.subject()).isEmpty();
    assertThat(a.actual()).isEqualTo(actual);
    assertThat(a.required()).isEqualTo(required);
    assertThat(a.shortfall()).isEqualTo(shortfall);
    assertThat(a.met()).isEqualTo(shortfall == 0);
    assertThat(a.deadline()).contains(DEADLINE);
    assertThat(a.population()).isEmpty();
    assertThat(a.actualShare()).isEmpty();
    assertThat(a.targetShare()).isEmpty();
    switch (a.stage()) {
      case AT_DEADLINE -> assertThat(a.figuresOn()).isEqualTo(DEADLINE);
      case PROGRESS -> assertThat(a.figuresOn()).isBefore(DEADLINE);
      case SINCE_DEADLINE -> assertThat(a.figuresOn()).isAfter(DEADLINE);
    }
  }

  @Test
  void just_short_after_the_deadline_is_missed_by_the_deadline_for_both_targets() {
    ValidationReport report = validate(registry(8_000, 3_999, AFTER), AFTER);

    Finding level3 = verdict(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.ERROR);
    assertThat(level3.message()).isEqualTo("Missed by the deadline 2016-12-31: on 2016-12-31,"
        + " 11,999 troops and police were pledged at PCRS Level 3 or above, 1 short of the target"
        + " of 12,000");
    assertAssessment(level3, 11_999, 12_000, 1);

    Finding rdl = verdict(report, Rules.LDN16_RDL_4000);
    assertThat(rdl.severity()).isEqualTo(Severity.ERROR);
    assertThat(rdl.message()).isEqualTo("Missed by the deadline 2016-12-31: on 2016-12-31, 3,999"
        + " troops and police were pledged at the Rapid Deployment Level, 1 short of the target"
        + " of 4,000");
    assertAssessment(rdl, 3_999, 4_000, 1);
  }

  @Test
  void after_the_deadline_the_figures_of_the_evaluation_date_follow_as_information() {
    ValidationReport report = validate(registry(8_000, 3_999, AFTER), AFTER);

    Finding level3 = since(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.INFO);
    assertThat(level3.message()).isEqualTo("After the deadline 2016-12-31, on 2017-01-01: 11,999"
        + " troops and police are pledged at PCRS Level 3 or above, 1 short of the target of"
        + " 12,000");
    assertThat(level3.assessment().orElseThrow().figuresOn()).isEqualTo(AFTER);
    assertAssessment(level3, 11_999, 12_000, 1);
    assertThat(report.findings(Rules.LDN16_LEVEL3_12000)).extracting(
        f -> f.assessment().orElseThrow().stage())
        .containsExactly(AssessmentStage.AT_DEADLINE, AssessmentStage.SINCE_DEADLINE);
  }

  @Test
  void just_over_after_the_deadline_is_met_by_the_deadline_for_both_targets() {
    ValidationReport report = validate(registry(8_000, 4_001, AFTER), AFTER);

    Finding level3 = verdict(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.INFO);
    assertThat(level3.message()).isEqualTo("Met by the deadline 2016-12-31: on 2016-12-31, 12,001"
        + " troops and police were pledged at PCRS Level 3 or above, meeting the target of"
        + " 12,000");
    assertAssessment(level3, 12_001, 12_000, 0);

    Finding rdl = verdict(report, Rules.LDN16_RDL_4000);
    assertThat(rdl.severity()).isEqualTo(Severity.INFO);
    assertAssessment(rdl, 4_001, 4_000, 0);
  }

  @Test
  void exactly_the_targets_meets_them() {
    ValidationReport report = validate(registry(8_000, 4_000, AFTER), AFTER);

    assertAssessment(verdict(report, Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
    assertAssessment(verdict(report, Rules.LDN16_RDL_4000), 4_000, 4_000, 0);
    // The only other finding: the pledge without readiness is not registered in the PCRS.
    assertThat(report.findingsAtOrAbove(Severity.WARNING)).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_PCRS_REGISTERED);
  }

  @Test
  void meeting_level3_with_rdl_short_is_an_error_for_rdl_only() {
    ValidationReport report = validate(registry(8_100, 3_999, AFTER), AFTER);

    assertThat(verdict(report, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.INFO);
    assertAssessment(verdict(report, Rules.LDN16_LEVEL3_12000), 12_099, 12_000, 0);
    assertThat(verdict(report, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void before_the_deadline_a_shortfall_is_progress_at_info() {
    ValidationReport report = validate(registry(8_000, 3_999, BEFORE), BEFORE);

    Finding level3 = progress(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.INFO);
    assertThat(level3.message()).isEqualTo("On 2016-06-30, 11,999 troops and police are pledged"
        + " at PCRS Level 3 or above, 1 short of the target of 12,000 by 2016-12-31");
    assertAssessment(level3, 11_999, 12_000, 1);
    assertThat(report.findings(Rules.LDN16_LEVEL3_12000)).hasSize(1);
    assertThat(progress(report, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void the_day_before_the_deadline_is_progress_and_the_deadline_itself_is_judged() {
    LocalDate dayBefore = DEADLINE.minusDays(1);
    ValidationReport before = validate(registry(8_000, 3_999, dayBefore), dayBefore);
    ValidationReport onTheDay = validate(registry(8_000, 3_999, DEADLINE), DEADLINE);

    assertThat(progress(before, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.INFO);
    assertThat(verdict(onTheDay, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.ERROR);
    // On the deadline, the figures of the evaluation date are the deadline's: no second finding.
    assertThat(onTheDay.findings(Rules.LDN16_LEVEL3_12000)).hasSize(1);
    assertThat(verdict(onTheDay, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a_registry_that_reached_12000_at_level_3_only_in_2017_missed_the_2016_target() {
    Pledge late = withHistory("GHA-L3-2017", 12_000, EARLY_2016,
        step("GHA-L3-2017", ReadinessLevel.LEVEL_1, EARLY_2016),
        step("GHA-L3-2017", ReadinessLevel.LEVEL_3, LocalDate.of(2017, 3, 1)));
    ValidationReport report = validate(List.of(late), LocalDate.of(2026, 12, 1));

    Finding verdict = verdict(report, Rules.LDN16_LEVEL3_12000);
    assertThat(verdict.severity()).isEqualTo(Severity.ERROR);
    assertThat(verdict.message()).startsWith("Missed by the deadline 2016-12-31: on 2016-12-31, 0"
        + " troops and police were pledged");
    Finding since = since(report, Rules.LDN16_LEVEL3_12000);
    assertThat(since.severity()).isEqualTo(Severity.INFO);
    assertThat(since.message()).isEqualTo("After the deadline 2016-12-31, on 2026-12-01: 12,000"
        + " troops and police are pledged at PCRS Level 3 or above, meeting the target of 12,000");
  }

  @Test
  void a_registry_that_met_12000_in_2016_and_later_fell_below_met_the_target() {
    Pledge fell = withHistory("GHA-FELL", 12_000, EARLY_2016,
        step("GHA-FELL", ReadinessLevel.LEVEL_3, EARLY_2016),
        step("GHA-FELL", ReadinessLevel.LEVEL_2, LocalDate.of(2018, 1, 1)));
    ValidationReport report = validate(List.of(fell), LocalDate.of(2026, 12, 1));

    Finding verdict = verdict(report, Rules.LDN16_LEVEL3_12000);
    assertThat(verdict.severity()).isEqualTo(Severity.INFO);
    assertThat(verdict.message()).startsWith("Met by the deadline 2016-12-31");
    assertAssessment(verdict, 12_000, 12_000, 0);
    Finding since = since(report, Rules.LDN16_LEVEL3_12000);
    assertThat(since.severity()).isEqualTo(Severity.INFO);
    assertAssessment(since, 0, 12_000, 12_000);
  }

  @Test
  void a_pledge_registered_after_the_deadline_does_not_count_on_it() {
    // Pledged in March 2016, registered in the PCRS only on 1 February 2017.
    Pledge registeredLate = withHistory("GHA-REG-2017", 12_000, EARLY_2016,
        step("GHA-REG-2017", ReadinessLevel.LEVEL_3, LocalDate.of(2017, 2, 1)));

    ValidationReport asked2016 = CommuniqueValidator.create()
        .assessReadinessTargets(List.of(registeredLate), ValidationContext.asOf(DEADLINE));
    ValidationReport asked2026 = CommuniqueValidator.create().assessReadinessTargets(
        List.of(registeredLate), ValidationContext.asOf(LocalDate.of(2026, 12, 1)));

    assertAssessment(verdict(asked2016, Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
    assertAssessment(verdict(asked2026, Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
    assertAssessment(since(asked2026, Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
  }

  @Test
  void the_level_counted_on_a_day_is_the_one_reached_by_that_day() {
    // Level 3 reached on the day of the deadline, the day after, or withdrawn the day before.
    Pledge onTheDay = withHistory("ON", 12_000, EARLY_2016,
        step("ON", ReadinessLevel.LEVEL_1, EARLY_2016), step("ON", ReadinessLevel.LEVEL_3,
            DEADLINE));
    Pledge dayAfter = withHistory("AFTER", 12_000, EARLY_2016,
        step("AFTER", ReadinessLevel.LEVEL_1, EARLY_2016), step("AFTER", ReadinessLevel.LEVEL_3,
            DEADLINE.plusDays(1)));
    Pledge withdrawn = withHistory("WD", 12_000, EARLY_2016,
        step("WD", ReadinessLevel.LEVEL_3, EARLY_2016),
        ReadinessStep.left(ReadinessExit.WITHDRAWN, DEADLINE));
    ValidationContext context = ValidationContext.asOf(LocalDate.of(2026, 12, 1));

    assertAssessment(verdict(CommuniqueValidator.create().assessReadinessTargets(
        List.of(onTheDay), context), Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
    assertAssessment(verdict(CommuniqueValidator.create().assessReadinessTargets(
        List.of(dayAfter), context), Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
    assertAssessment(verdict(CommuniqueValidator.create().assessReadinessTargets(
        List.of(withdrawn), context), Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
  }

  @Test
  void pledges_made_after_the_evaluation_date_do_not_count_and_on_it_do() {
    List<Pledge> registry = new ArrayList<>(registry(8_000, 3_999, AFTER));
    registry.add(pledge("RDL-ON-DAY", ReadinessLevel.RAPID_DEPLOYMENT, AFTER, unit("X", 0, 1)));

    ValidationReport report = validate(registry, AFTER);

    // Made on the evaluation date, after the deadline: it counts on the evaluation date only.
    assertAssessment(verdict(report, Rules.LDN16_RDL_4000), 3_999, 4_000, 1);
    assertAssessment(since(report, Rules.LDN16_RDL_4000), 4_000, 4_000, 0);
    assertAssessment(since(report, Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
  }

  @Test
  void pledges_made_after_the_evaluation_date_are_not_evaluated_and_the_report_says_so() {
    ValidationReport report = validate(registry(8_000, 3_999, AFTER), AFTER);

    assertThat(report.notices()).extracting(n -> n.path().toString(), Notice::datedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("[4]", AFTER.plusDays(1)),
            org.assertj.core.groups.Tuple.tuple("[5]", AFTER.plusDays(1)));
    assertThat(report.notices().get(0).message()).isEqualTo("Pledge L3-LATE, made on 2017-01-02,"
        + " after the evaluation date 2017-01-01, did not exist on that date: it was not"
        + " evaluated");
    assertThat(report.findings()).noneMatch(f -> f.path().toString().startsWith("[4]")
        || f.path().toString().startsWith("[5]"));
  }

  @Test
  void the_late_pledges_count_once_the_evaluation_date_reaches_them() {
    ValidationReport report = validate(registry(8_000, 3_999, BEFORE), AFTER);

    // L3-LATE and RDL-LATE are dated 2016-07-01: by the deadline they count, 5,000 each.
    assertAssessment(verdict(report, Rules.LDN16_LEVEL3_12000), 21_999, 12_000, 0);
    assertAssessment(verdict(report, Rules.LDN16_RDL_4000), 8_999, 4_000, 0);
  }

  @Test
  void pledges_without_readiness_or_below_level_3_do_not_count() {
    List<Pledge> registry = List.of(
        pledge("UNREG", null, EARLY_2016, unit("U", 0, 20_000)),
        pledge("L1", ReadinessLevel.LEVEL_1, EARLY_2016, unit("U1", 0, 20_000)),
        pledge("L2", ReadinessLevel.LEVEL_2, EARLY_2016, unit("U2", 0, 20_000)));

    ValidationReport report = validate(registry, AFTER);

    assertAssessment(verdict(report, Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
    assertAssessment(verdict(report, Rules.LDN16_RDL_4000), 0, 4_000, 4_000);
  }

  @Test
  void an_empty_registry_missed_both_targets() {
    ValidationReport report = validate(List.of(), AFTER);

    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_LEVEL3_12000, Rules.LDN16_LEVEL3_12000,
            Rules.LDN16_RDL_4000, Rules.LDN16_RDL_4000);
    assertThat(report.findings()).extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.INFO, Severity.ERROR, Severity.INFO);
  }

  @Test
  void targets_are_skipped_when_their_rule_set_is_not_applied() {
    ValidationContext ipiOnly =
        ValidationContext.builder().asOf(AFTER).addRuleSets(SourceDocument.IPI21).build();

    assertThat(CommuniqueValidator.create().validateRegistry(registry(8_000, 3_999, AFTER), ipiOnly)
        .findings()).isEmpty();
  }

  @Test
  void incremental_assessment_gives_the_same_findings_and_then_closes() {
    List<Pledge> registry = registry(8_000, 3_999, AFTER);
    RegistryAssessment assessment =
        CommuniqueValidator.create().registryAssessment(ValidationContext.asOf(AFTER));
    List<Finding> findings = new ArrayList<>();
    for (Pledge pledge : registry) {
      findings.addAll(assessment.accept(pledge).findings());
    }

    assertThat(assessment.count()).isEqualTo(registry.size());
    findings.addAll(assessment.finish().findings());
    assertThat(findings).isEqualTo(validate(registry, AFTER).findings());
    assertThatThrownBy(assessment::finish).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
    assertThatThrownBy(() -> assessment.accept(registry.get(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
  }

  @Test
  void a_pledge_finding_is_reported_at_its_index_in_the_registry() {
    Unit deployedWithoutNio = Unit.builder().from(unit("DEP", 0, 800))
        .status(DeploymentStatus.READY_TO_DEPLOY).build();
    List<Pledge> registry = new ArrayList<>(registry(8_000, 4_000, AFTER));
    registry.add(pledge("L3-B", ReadinessLevel.LEVEL_3, EARLY_2016, deployedWithoutNio));

    ValidationReport report = validate(registry, AFTER);

    assertThat(report.findings(Rules.LDN16_NIO)).extracting(f -> f.path().toString())
        .containsExactly("[6].units[0].roles");
    assertAssessment(verdict(report, Rules.LDN16_LEVEL3_12000), 12_800, 12_000, 0);
    assertThat(verdict(report, Rules.LDN16_LEVEL3_12000).offendingValue())
        .isEqualTo(Optional.empty());
  }

  @Test
  void target_only_assessment_gives_the_target_findings_of_a_full_validation() {
    List<Pledge> registry = registry(8_000, 3_999, AFTER);
    ValidationContext context = ValidationContext.asOf(AFTER);

    ValidationReport targets = CommuniqueValidator.create().assessReadinessTargets(registry, context);

    assertThat(targets.findings()).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_LEVEL3_12000, Rules.LDN16_LEVEL3_12000,
            Rules.LDN16_RDL_4000, Rules.LDN16_RDL_4000);
    assertThat(targets.findings()).isEqualTo(validate(registry, AFTER).findings().stream()
        .filter(f -> f.assessment().isPresent()).toList());
  }

  @Test
  void counting_pledges_without_validating_them_gives_the_same_targets() {
    List<Pledge> registry = registry(8_000, 3_999, AFTER);
    RegistryAssessment assessment =
        CommuniqueValidator.create().registryAssessment(ValidationContext.asOf(AFTER));
    registry.forEach(assessment::count);

    assertThat(assessment.count()).isEqualTo(registry.size());
    assertThat(assessment.finish().findings()).isEqualTo(CommuniqueValidator.create()
        .assessReadinessTargets(registry, ValidationContext.asOf(AFTER)).findings());
    assertThatThrownBy(() -> assessment.count(registry.get(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
  }
}
