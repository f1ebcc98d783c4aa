package io.github.peacekeeping.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.validation.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentsTest {

  private static final LocalDate SNAPSHOT_DATE = LocalDate.of(2026, 10, 31);

  @Test
  void every_snapshot_meets_the_gender_targets_in_every_scope() {
    qt().withExamples(Valid.EXAMPLES).forAll(Deployments.snapshots(SNAPSHOT_DATE))
        .checkAssert(snapshot -> {
          for (TargetScope scope : TargetScope.values()) {
            Valid.clean(snapshot,
                Valid.VALIDATOR.assessTargets(snapshot, scope, Testkit.DEFAULT_CONTEXT));
          }
        });
  }

  @Test
  void a_snapshot_after_the_2028_deadline_still_meets_the_targets() {
    LocalDate later = LocalDate.of(2029, 1, 31);
    ValidationContext context = ValidationContext.asOf(later);
    qt().withExamples(500).forAll(Deployments.snapshots(later))
        .checkAssert(snapshot -> Valid.clean(
            snapshot, Valid.VALIDATOR.assessTargets(snapshot, TargetScope.SYSTEM, context)));
  }

  @Test
  void every_record_is_a_month_end_in_a_mission_active_that_day() {
    qt().withExamples(Valid.EXAMPLES).forAll(Deployments.records())
        .checkAssert(record -> {
          assertThat(record.date().plusDays(1).getDayOfMonth()).isEqualTo(1);
          assertThat(record.date()).isBetween(LocalDate.of(2009, 11, 30), Testkit.DEFAULT_DATE);
          assertThat(record.mission().operatesOn(record.date())).isTrue();
          Valid.clean(record, Valid.VALIDATOR.validate(record, Testkit.DEFAULT_CONTEXT));
          DeploymentSnapshot alone = DeploymentSnapshot.of(record.date(), List.of(record));
          Valid.clean(record, Valid.VALIDATOR.assessTargets(
              alone, TargetScope.CONTRIBUTOR, Testkit.DEFAULT_CONTEXT));
        });
  }

  @Test
  void records_and_snapshots_equal_their_copies_and_hide_their_records() {
    qt().withExamples(Valid.EXAMPLES).forAll(Deployments.snapshots(SNAPSHOT_DATE))
        .checkAssert(snapshot -> {
          DeploymentSnapshot copy = DeploymentSnapshot.builder().from(snapshot).build();
          assertThat(copy).isEqualTo(snapshot).hasSameHashCodeAs(snapshot);
          DeploymentRecord first = snapshot.records().get(0);
          assertThat(DeploymentRecord.builder().from(first).build())
              .isEqualTo(first).hasSameHashCodeAs(first);
          assertThat(snapshot.records()).allMatch(r -> r.date().equals(SNAPSHOT_DATE));
          Valid.unmodifiable(snapshot.records());
        });
  }

  @Test
  void snapshots_reject_a_date_with_no_mission() {
    assertThatThrownBy(() -> Deployments.snapshots(LocalDate.of(1900, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date: no mission is active on 1900-01-01");
  }
}
