package io.github.peacekeeping.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaveatTest {

  @Test
  void declared_caveat_is_declared() {
    Caveat caveat = Caveat.declared("no operations outside the sector");

    assertThat(caveat.description()).isEqualTo("no operations outside the sector");
    assertThat(caveat.declared()).isTrue();
  }

  @Test
  void undeclared_caveat_is_constructible_and_not_declared() {
    assertThat(Caveat.undeclared("no night patrols").declared()).isFalse();
  }

  @Test
  void of_is_the_same_as_the_named_factories() {
    assertThat(Caveat.of("x", true)).isEqualTo(Caveat.declared("x"));
    assertThat(Caveat.of("x", false)).isEqualTo(Caveat.undeclared("x"));
    assertThat(Caveat.declared("x")).isNotEqualTo(Caveat.undeclared("x"));
  }

  @Test
  void rejects_blank_description() {
    assertThatThrownBy(() -> Caveat.declared(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description: must not be blank");
  }

  @Test
  void rejects_null_description() {
    assertThatThrownBy(() -> Caveat.undeclared(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("description");
  }
}
