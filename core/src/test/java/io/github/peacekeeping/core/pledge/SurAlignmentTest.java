package io.github.peacekeeping.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SurAlignmentTest {

  private static final LocalDate DAY = LocalDate.of(2016, 9, 1);

  @Test
  void keeps_reference_kind_and_day() {
    SurAlignment alignment = SurAlignment.of("SUR UNMISS FPU", SurKind.MISSION_SPECIFIC, DAY);

    assertThat(alignment.reference()).isEqualTo("SUR UNMISS FPU");
    assertThat(alignment.kind()).isEqualTo(SurKind.MISSION_SPECIFIC);
    assertThat(alignment.alignedOn()).isEqualTo(DAY);
    assertThat(SurAlignment.generic("SUR infantry", DAY).kind()).isEqualTo(SurKind.GENERIC);
  }

  @Test
  void rejects_a_blank_reference() {
    assertThatThrownBy(() -> SurAlignment.generic("  ", DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference: must not be blank, was '  '");
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> SurAlignment.generic(null, DAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> SurAlignment.of("SUR", null, DAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }
}
