package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
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
   * A pledge of units at a level, or without readiness when {@code level} is null, backed by the
   * evidence its level needs (AAV date, SUR, a 60-day window at the Rapid Deployment Level) so that
   * only the targets are at stake.
   */
  static Pledge pledge(String id, ReadinessLevel level, LocalDate pledgedOn, Unit... units) {
    Pledge.Builder builder = Pledge.builder()
        .id(id)
        .contributor(MemberState.of("GHA"))
        .pledgedOn(pledgedOn)
        .addUnits(units);
    if (level != null) {
      Readiness.Builder readiness = Readiness.builder().level(level);
      if (level.isAtLeast(ReadinessLevel.LEVEL_2)) {
        readiness.aavDate(pledgedOn);
      }
      if (level.isAtLeast(ReadinessLevel.LEVEL_3)) {
        readiness.surReference("SUR-" + id);
      }
      if (level == ReadinessLevel.RAPID_DEPLOYMENT) {
        readiness.rapidDeploymentDays(60);
      }
      builder.readiness(readiness.build());
    }
    return builder.build();
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

  static Finding only(ValidationReport report, String ruleId) {
    List<Finding> findings = report.findings(ruleId);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  static void assertAssessment(Finding finding, long actual, long required, long shortfall) {
    assertThat(finding.path()).isEmpty();
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
  }

  @Test
  void just_short_after_the_deadline_is_an_error_for_both_targets() {
    ValidationReport report = validate(registry(8_000, 3_999, AFTER), AFTER);

    Finding level3 = only(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.ERROR);
    assertThat(level3.message()).isEqualTo("11,999 troops and police pledged at PCRS Level 3 or"
        + " above: 1 short of the target of 12,000 by 2016-12-31");
    assertAssessment(level3, 11_999, 12_000, 1);

    Finding rdl = only(report, Rules.LDN16_RDL_4000);
    assertThat(rdl.severity()).isEqualTo(Severity.ERROR);
    assertThat(rdl.message()).isEqualTo("3,999 troops and police pledged at the Rapid Deployment"
        + " Level: 1 short of the target of 4,000 by 2016-12-31");
    assertAssessment(rdl, 3_999, 4_000, 1);
  }

  @Test
  void just_over_after_the_deadline_is_info_for_both_targets() {
    ValidationReport report = validate(registry(8_000, 4_001, AFTER), AFTER);

    Finding level3 = only(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.INFO);
    assertThat(level3.message()).isEqualTo("12,001 troops and police pledged at PCRS Level 3 or"
        + " above meet the target of 12,000 by 2016-12-31");
    assertAssessment(level3, 12_001, 12_000, 0);

    Finding rdl = only(report, Rules.LDN16_RDL_4000);
    assertThat(rdl.severity()).isEqualTo(Severity.INFO);
    assertThat(rdl.message()).isEqualTo("4,001 troops and police pledged at the Rapid Deployment"
        + " Level meet the target of 4,000 by 2016-12-31");
    assertAssessment(rdl, 4_001, 4_000, 0);
  }

  @Test
  void exactly_the_targets_meets_them() {
    ValidationReport report = validate(registry(8_000, 4_000, AFTER), AFTER);

    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
    assertAssessment(only(report, Rules.LDN16_RDL_4000), 4_000, 4_000, 0);
    // The only other finding: the pledge without readiness is not registered in the PCRS.
    assertThat(report.findingsAtOrAbove(Severity.WARNING)).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_PCRS_REGISTERED);
  }

  @Test
  void meeting_level3_with_rdl_short_is_an_error_for_rdl_only() {
    ValidationReport report = validate(registry(8_100, 3_999, AFTER), AFTER);

    assertThat(only(report, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.INFO);
    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 12_099, 12_000, 0);
    assertThat(only(report, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void just_short_before_the_deadline_is_info() {
    ValidationReport report = validate(registry(8_000, 3_999, BEFORE), BEFORE);

    Finding level3 = only(report, Rules.LDN16_LEVEL3_12000);
    assertThat(level3.severity()).isEqualTo(Severity.INFO);
    assertThat(level3.message()).isEqualTo("11,999 troops and police pledged at PCRS Level 3 or"
        + " above: 1 short of the target of 12,000 by 2016-12-31");
    assertAssessment(level3, 11_999, 12_000, 1);
    Finding rdl = only(report, Rules.LDN16_RDL_4000);
    assertThat(rdl.severity()).isEqualTo(Severity.INFO);
    assertAssessment(rdl, 3_999, 4_000, 1);
  }

  @Test
  void just_over_before_the_deadline_is_info() {
    ValidationReport report = validate(registry(8_000, 4_001, BEFORE), BEFORE);

    assertThat(only(report, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.INFO);
    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 12_001, 12_000, 0);
    assertThat(only(report, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void on_the_deadline_itself_a_shortfall_is_still_info() {
    ValidationReport report = validate(registry(8_000, 3_999, DEADLINE), DEADLINE);

    assertThat(only(report, Rules.LDN16_LEVEL3_12000).severity()).isEqualTo(Severity.INFO);
    assertThat(only(report, Rules.LDN16_RDL_4000).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void pledges_made_after_the_evaluation_date_do_not_count_and_on_it_do() {
    List<Pledge> registry = new ArrayList<>(registry(8_000, 3_999, AFTER));
    registry.add(pledge("RDL-ON-DAY", ReadinessLevel.RAPID_DEPLOYMENT, AFTER, unit("X", 0, 1)));

    ValidationReport report = validate(registry, AFTER);

    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 12_000, 12_000, 0);
    assertAssessment(only(report, Rules.LDN16_RDL_4000), 4_000, 4_000, 0);
  }

  @Test
  void the_late_pledges_count_once_the_evaluation_date_reaches_them() {
    ValidationReport report = validate(registry(8_000, 3_999, BEFORE), AFTER);

    // L3-LATE and RDL-LATE are dated 2016-07-01: by 2017 they count, 5,000 each.
    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 21_999, 12_000, 0);
    assertAssessment(only(report, Rules.LDN16_RDL_4000), 8_999, 4_000, 0);
  }

  @Test
  void pledges_without_readiness_or_below_level_3_do_not_count() {
    List<Pledge> registry = List.of(
        pledge("UNREG", null, EARLY_2016, unit("U", 0, 20_000)),
        pledge("L1", ReadinessLevel.LEVEL_1, EARLY_2016, unit("U1", 0, 20_000)),
        pledge("L2", ReadinessLevel.LEVEL_2, EARLY_2016, unit("U2", 0, 20_000)));

    ValidationReport report = validate(registry, AFTER);

    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 0, 12_000, 12_000);
    assertAssessment(only(report, Rules.LDN16_RDL_4000), 0, 4_000, 4_000);
    assertThat(only(report, Rules.LDN16_LEVEL3_12000).message()).isEqualTo("0 troops and police"
        + " pledged at PCRS Level 3 or above: 12,000 short of the target of 12,000 by 2016-12-31");
  }

  @Test
  void an_empty_registry_is_short_of_both_targets() {
    ValidationReport report = validate(List.of(), AFTER);

    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_LEVEL3_12000, Rules.LDN16_RDL_4000);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
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

    assertThat(report.findings(Rules.LDN16_NIO)).extracting(Finding::path)
        .containsExactly("[6].units[0].roles");
    assertAssessment(only(report, Rules.LDN16_LEVEL3_12000), 12_800, 12_000, 0);
    assertThat(only(report, Rules.LDN16_LEVEL3_12000).offendingValue()).isEqualTo(Optional.empty());
  }

  @Test
  void target_only_assessment_gives_the_target_findings_of_a_full_validation() {
    List<Pledge> registry = registry(8_000, 3_999, AFTER);
    ValidationContext context = ValidationContext.asOf(AFTER);

    ValidationReport targets = CommuniqueValidator.create().assessReadinessTargets(registry, context);

    assertThat(targets.findings()).extracting(Finding::ruleId)
        .containsExactly(Rules.LDN16_LEVEL3_12000, Rules.LDN16_RDL_4000);
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
