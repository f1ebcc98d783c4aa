package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MandatedTaskTest {

  private static final String POC = "Protection of civilians";

  @Test
  void of_has_neither_priority_nor_phase() {
    MandatedTask task = MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS);

    assertThat(task.description()).isEqualTo(POC);
    assertThat(task.kind()).isEqualTo(MandatedTaskKind.PROTECTION_OF_CIVILIANS);
    assertThat(task.priority()).isEmpty();
    assertThat(task.phase()).isEmpty();
    assertThat(task.isSequenced()).isFalse();
  }

  @Test
  void with_priority_sequences_the_task() {
    MandatedTask task = MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS);
    MandatedTask first = task.withPriority(1);

    assertThat(first.priority()).hasValue(1);
    assertThat(first.isSequenced()).isTrue();
    assertThat(task.priority()).isEmpty();
  }

  @Test
  void with_phase_sequences_the_task() {
    MandatedTask task = MandatedTask.of("Support to the peace process",
        MandatedTaskKind.POLITICAL_PROCESS).withPhase("transition");

    assertThat(task.phase()).contains("transition");
    assertThat(task.priority()).isEmpty();
    assertThat(task.isSequenced()).isTrue();
  }

  @Test
  void builder_sets_every_attribute() {
    MandatedTask task = MandatedTask.builder()
        .description(POC)
        .kind(MandatedTaskKind.PROTECTION_OF_CIVILIANS)
        .priority(1)
        .phase("stabilization")
        .build();

    assertThat(task).isEqualTo(MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS)
        .withPriority(1).withPhase("stabilization"));
  }

  @Test
  void equal_when_every_attribute_is() {
    MandatedTask task = MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS);

    assertThat(task)
        .isEqualTo(MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS))
        .hasSameHashCodeAs(MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS))
        .isNotEqualTo(task.withPriority(1))
        .isNotEqualTo(MandatedTask.of(POC, MandatedTaskKind.OTHER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejects_blank_description(String description) {
    assertThatThrownBy(() -> MandatedTask.of(description, MandatedTaskKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description: must not be blank, was '" + description + "'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejects_priority_below_one(int priority) {
    MandatedTask task = MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS);

    assertThatThrownBy(() -> task.withPriority(priority))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priority: must be at least 1, was " + priority);
    assertThatThrownBy(() -> MandatedTask.builder().description(POC)
        .kind(MandatedTaskKind.OTHER).priority(priority).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priority: must be at least 1, was " + priority);
  }

  @Test
  void rejects_blank_phase() {
    MandatedTask task = MandatedTask.of(POC, MandatedTaskKind.PROTECTION_OF_CIVILIANS);

    assertThatThrownBy(() -> task.withPhase(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase: must not be blank, was ' '");
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> MandatedTask.of(null, MandatedTaskKind.OTHER))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> MandatedTask.of(POC, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }
}
