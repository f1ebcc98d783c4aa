package io.github.peacekeeping.validation;

import static io.github.peacekeeping.validation.MissionFixtures.CONTEXT;
import static io.github.peacekeeping.validation.MissionFixtures.HUMANITARIAN;
import static io.github.peacekeeping.validation.MissionFixtures.HUMAN_RIGHTS;
import static io.github.peacekeeping.validation.MissionFixtures.PEACE_PROCESS;
import static io.github.peacekeeping.validation.MissionFixtures.POC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.mission.MandatedTask;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.validation.constraints.RuleId;
import io.github.peacekeeping.validation.constraints.SequencedMandate;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequencedMandateTest {

  private static final MandatedTask UNSEQUENCED_HUMANITARIAN =
      MandatedTask.of(HUMANITARIAN.description(), HUMANITARIAN.kind());
  private static final MandatedTask UNSEQUENCED_HUMAN_RIGHTS =
      MandatedTask.of(HUMAN_RIGHTS.description(), HUMAN_RIGHTS.kind());

  private static List<Finding> findings(MissionProfile profile) {
    return CommuniqueValidator.create().validate(profile, CONTEXT)
        .findings(Rules.LDN16_MANDATE_SEQUENCED);
  }

  @Test
  void prioritised_mandate_has_no_finding() {
    assertThat(findings(MissionFixtures.unmiss())).isEmpty();
  }

  @Test
  void task_without_priority_or_phase_gets_warning_at_its_place() {
    MissionProfile profile =
        MissionFixtures.withTasks(POC, UNSEQUENCED_HUMANITARIAN, PEACE_PROCESS, HUMAN_RIGHTS);

    assertThat(findings(profile)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LDN16-MANDATE-SEQUENCED");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).hasToString("mandates[0].tasks[1]");
      assertThat(f.message()).isEqualTo("Task 2 of the mandate of UNMISS under S/RES/2729 (2024)"
          + " has no priority or phase: Creating the conditions conducive to the delivery of"
          + " humanitarian assistance");
      assertThat(f.offendingValue()).contains(UNSEQUENCED_HUMANITARIAN);
    });
  }

  @Test
  void each_unsequenced_task_is_one_finding() {
    MissionProfile profile = MissionFixtures.withTasks(
        POC, UNSEQUENCED_HUMANITARIAN, PEACE_PROCESS, UNSEQUENCED_HUMAN_RIGHTS);

    assertThat(findings(profile)).extracting(f -> f.path().toString())
        .containsExactly("mandates[0].tasks[1]", "mandates[0].tasks[3]");
  }

  @Test
  void a_phase_alone_sequences_a_task() {
    MissionProfile profile = MissionFixtures.withTasks(
        POC, UNSEQUENCED_HUMANITARIAN.withPhase("transition"), PEACE_PROCESS, HUMAN_RIGHTS);

    assertThat(findings(profile)).isEmpty();
  }

  @Test
  void a_mandate_without_tasks_has_no_finding() {
    assertThat(findings(MissionFixtures.withTasks())).isEmpty();
  }

  @Test
  void not_run_when_the_ldn16_rule_set_is_excluded() {
    MissionProfile profile = MissionFixtures.withTasks(UNSEQUENCED_HUMANITARIAN);
    ValidationContext ipiOnly = ValidationContext.builder().from(CONTEXT)
        .addRuleSets(io.github.peacekeeping.core.source.SourceDocument.IPI21).build();

    assertThat(CommuniqueValidator.create().validate(profile, ipiOnly)
        .findings(Rules.LDN16_MANDATE_SEQUENCED)).isEmpty();
  }

  record Bean(@SequencedMandate(payload = Severity.Warning.class) MissionProfile profile) {}

  @Test
  void default_hibernate_validator_reports_unsequenced_task() {
    MissionProfile profile = MissionFixtures.withTasks(POC, UNSEQUENCED_HUMANITARIAN);

    assertThat(MissionFixtures.validateByDefault(new Bean(profile))).singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("profile.mandates[0].tasks[1]");
          assertThat(v.getConstraintDescriptor().getPayload()).containsExactly(Severity.Warning.class);
          assertThat(ruleId(v)).isEqualTo("LDN16-MANDATE-SEQUENCED");
          assertThat(v.getMessage()).startsWith("Task 2 of the mandate of UNMISS");
        });
    assertThat(MissionFixtures.validateByDefault(new Bean(MissionFixtures.unmiss()))).isEmpty();
  }

  static String ruleId(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType()
        .getAnnotation(RuleId.class).value();
  }
}
