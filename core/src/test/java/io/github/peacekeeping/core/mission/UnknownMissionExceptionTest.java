package io.github.peacekeeping.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class UnknownMissionExceptionTest {

  @Test
  void looked_up_returns_the_acronym_as_given() {
    UnknownMissionException e =
        catchThrowableOfType(UnknownMissionException.class, () -> Mission.of(" unxyz "));

    assertThat(e.lookedUp()).isEqualTo(" unxyz ");
    assertThat(e).hasMessage("acronym: no mission has the acronym ' unxyz '");
  }

  @Test
  void is_an_illegal_argument() {
    assertThat(new UnknownMissionException(new StringBuilder("ABC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acronym: no mission has the acronym 'ABC'")
        .extracting(UnknownMissionException::lookedUp).isEqualTo("ABC");
  }
}
