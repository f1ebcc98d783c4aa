package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.TargetAssessment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTargetsRegistryTest {

  private static final LocalDate DEADLINE = LocalDate.of(2016, 12, 31);
  private static final LocalDate AS_OF = ReadinessTargetsRegistry.AS_OF;

  private static Finding finding(List<Pledge> registry, String ruleId, AssessmentStage stage) {
    return ReadinessTargetsRegistry.targets(registry).findings(ruleId).stream()
        .filter(f -> f.assessment().orElseThrow().stage() == stage)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + stage + " finding of " + ruleId));
  }

  /** Counts, independently of the validator, the personnel at a level or above on a day. */
  private static long atOrAbove(List<Pledge> registry, ReadinessLevel level, LocalDate day) {
    return registry.stream()
        .filter(p -> p.readiness().orElseThrow().levelOn(day).filter(l -> l.isAtLeast(level))
            .isPresent())
        .mapToLong(p -> p.units().stream().mapToLong(u -> u.personnel().total()).sum())
        .sum();
  }

  @Test
  void the_evaluation_date_is_ten_years_after_the_deadline() {
    assertThat(AS_OF).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void the_registry_that_reached_12000_only_in_2017_missed_the_target_by_its_deadline() {
    List<Pledge> late = ReadinessTargetsRegistry.lateRegistry();
    // 4 + 4 + 3 battalions of 850 at Level 3 by 2016-12-20; the fourth pledge's 4 on 2017-03-15.
    assertThat(atOrAbove(late, ReadinessLevel.LEVEL_3, DEADLINE)).isEqualTo(9_350);
    assertThat(atOrAbove(late, ReadinessLevel.LEVEL_3, AS_OF)).isEqualTo(12_750);

    Finding verdict = finding(late, Rules.LDN16_LEVEL3_12000, AssessmentStage.AT_DEADLINE);
    TargetAssessment a = verdict.assessment().orElseThrow();
    assertThat(verdict.severity()).isEqualTo(Severity.ERROR);
    assertThat(a.met()).isFalse();
    assertThat(a.figuresOn()).isEqualTo(DEADLINE);
    assertThat(a.actual()).isEqualTo(9_350);
    assertThat(a.shortfall()).isEqualTo(2_650);
    assertThat(verdict.message()).startsWith("Missed by the deadline 2016-12-31: on 2016-12-31, ");

    Finding since = finding(late, Rules.LDN16_LEVEL3_12000, AssessmentStage.SINCE_DEADLINE);
    assertThat(since.severity()).isEqualTo(Severity.INFO);
    assertThat(since.assessment().orElseThrow().figuresOn()).isEqualTo(AS_OF);
    assertThat(since.assessment().orElseThrow().actual()).isEqualTo(12_750);
    assertThat(since.assessment().orElseThrow().met()).isTrue();
  }

  @Test
  void the_registry_that_met_the_targets_in_2016_and_fell_below_later_met_them() {
    List<Pledge> fell = ReadinessTargetsRegistry.fellBackRegistry();
    assertThat(atOrAbove(fell, ReadinessLevel.LEVEL_3, DEADLINE)).isEqualTo(13_600);
    assertThat(atOrAbove(fell, ReadinessLevel.RAPID_DEPLOYMENT, DEADLINE)).isEqualTo(4_250);
    assertThat(atOrAbove(fell, ReadinessLevel.LEVEL_3, AS_OF)).isEqualTo(3_400);

    for (String rule : List.of(Rules.LDN16_LEVEL3_12000, Rules.LDN16_RDL_4000)) {
      Finding verdict = finding(fell, rule, AssessmentStage.AT_DEADLINE);
      assertThat(verdict.assessment().orElseThrow().met()).as(rule).isTrue();
      assertThat(verdict.severity()).as(rule).isEqualTo(Severity.INFO);
      assertThat(verdict.message()).as(rule).startsWith("Met by the deadline 2016-12-31: ");
      Finding since = finding(fell, rule, AssessmentStage.SINCE_DEADLINE);
      assertThat(since.assessment().orElseThrow().met()).as(rule).isFalse();
      assertThat(since.severity()).as(rule).isEqualTo(Severity.INFO);
    }
    assertThat(finding(fell, Rules.LDN16_LEVEL3_12000, AssessmentStage.SINCE_DEADLINE)
        .assessment().orElseThrow().actual()).isEqualTo(3_400);
  }

  @Test
  void the_pledges_themselves_have_no_findings_on_the_evaluation_date() {
    for (List<Pledge> registry : List.of(ReadinessTargetsRegistry.lateRegistry(),
        ReadinessTargetsRegistry.fellBackRegistry())) {
      assertThat(CommuniqueValidator.create().validateRegistry(registry,
              ReadinessTargetsRegistry.context()).findings())
          .allSatisfy(f -> assertThat(f.assessment()).isPresent());
    }
  }

  @Test
  void run_prints_verdict_and_since_lines_and_says_the_pledges_are_illustrative() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReadinessTargetsRegistry.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("ILLUSTRATIVE registries")
        .contains("asked on 2026-12-01")
        .containsPattern("LDN16-LEVEL3-12000 +missed by 2016-12-31, on the levels of 2016-12-31"
            + " +9,350 +12,000 +2,650  ERROR\n +since the deadline, on the levels of 2026-12-01"
            + " +12,750 +12,000 +0  INFO\n")
        .containsPattern("LDN16-LEVEL3-12000 +met by 2016-12-31, on the levels of 2016-12-31"
            + " +13,600 +12,000 +0  INFO\n +since the deadline, on the levels of 2026-12-01"
            + " +3,400 +12,000 +8,600  INFO\n")
        .contains("2016-09-30 LEVEL_1, 2016-10-31 LEVEL_2, 2016-11-15 LEVEL_3,"
            + " 2016-12-01 RAPID_DEPLOYMENT, 2019-06-30 WITHDRAWN");
  }

  @Test
  void main_runs() {
    ReadinessTargetsRegistry.main(new String[0]);
  }
}
