package io.github.peacekeeping.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadinessTargetTest {

  private static final Citation CITATION = Citation.of(SourceDocument.LDN16, "12,000 troops");

  private static ReadinessTarget.Builder level3() {
    return ReadinessTarget.builder()
        .id("TEST-LEVEL3")
        .minimumLevel(ReadinessLevel.LEVEL_3)
        .minimumPersonnel(12_000)
        .citation(CITATION)
        .description("At least 12,000 at Level 3.");
  }

  @Test
  void builds_with_all_attributes() {
    ReadinessTarget target = level3().deadline(LocalDate.of(2016, 12, 31)).build();

    assertThat(target.id()).isEqualTo("TEST-LEVEL3");
    assertThat(target.minimumLevel()).isEqualTo(ReadinessLevel.LEVEL_3);
    assertThat(target.minimumPersonnel()).isEqualTo(12_000);
    assertThat(target.deadline()).contains(LocalDate.of(2016, 12, 31));
    assertThat(target.citation()).isEqualTo(CITATION);
    assertThat(target.description()).isEqualTo("At least 12,000 at Level 3.");
    assertThat(level3().build().deadline()).isEmpty();
  }

  @Test
  void rejects_minimum_personnel_that_is_not_positive() {
    assertThatThrownBy(() -> level3().minimumPersonnel(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumPersonnel: must be positive, was 0");
    assertThatThrownBy(() -> level3().minimumPersonnel(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumPersonnel: must be positive, was -5");
  }

  @Test
  void rejects_blank_id_and_description() {
    assertThatThrownBy(() -> level3().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id: must not be blank");
    assertThatThrownBy(() -> level3().description(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank");
  }

  @Test
  void rejects_missing_level() {
    assertThatThrownBy(
            () ->
                ReadinessTarget.builder()
                    .id("TEST")
                    .minimumPersonnel(1)
                    .citation(CITATION)
                    .description("No level.")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("minimumLevel");
  }

  @Test
  void is_met_from_the_minimum_up() {
    ReadinessTarget target = level3().build();

    assertThat(target.isMetBy(12_000)).isTrue();
    assertThat(target.isMetBy(11_999)).isFalse();
    assertThatThrownBy(() -> target.isMetBy(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pledgedPersonnel: must not be negative, was -1");
  }

  @Test
  void equality_is_by_value() {
    assertThat(level3().build())
        .isEqualTo(level3().build())
        .hasSameHashCodeAs(level3().build())
        .isNotEqualTo(level3().minimumLevel(ReadinessLevel.RAPID_DEPLOYMENT).build());
  }

  @Test
  void to_string_gives_id_number_level_and_deadline() {
    assertThat(level3().deadline(LocalDate.of(2016, 12, 31)).build())
        .hasToString("TEST-LEVEL3: 12000 at LEVEL_3 by 2016-12-31");
  }

  @Test
  void rejects_minimum_personnel_over_the_bound() {
    assertThatThrownBy(() -> level3().minimumPersonnel(Bounds.MAX_PERSONNEL + 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumPersonnel: must be at most 1000000000, was 1000000001");
    assertThat(level3().minimumPersonnel(Bounds.MAX_PERSONNEL).build().minimumPersonnel())
        .isEqualTo(1_000_000_000L);
  }
}
