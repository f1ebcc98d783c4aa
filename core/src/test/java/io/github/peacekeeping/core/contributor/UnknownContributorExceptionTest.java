package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class UnknownContributorExceptionTest {

  @Test
  void names_the_unknown_name_as_given() {
    UnknownContributorException e =
        catchThrowableOfType(
            () -> Contributor.fromName("Republic of Atlantis"), UnknownContributorException.class);

    assertThat(e).hasMessageStartingWith("name: ").hasMessageContaining("'Republic of Atlantis'");
    assertThat(e.lookedUp()).isEqualTo("Republic of Atlantis");
  }

  @Test
  void names_the_unknown_code_as_given() {
    UnknownContributorException e =
        catchThrowableOfType(() -> Contributor.parse("xyz"), UnknownContributorException.class);

    assertThat(e).hasMessageStartingWith("code: ").hasMessageContaining("'xyz'");
    assertThat(e.lookedUp()).isEqualTo("xyz");
  }

  @Test
  void is_an_illegal_argument_exception() {
    assertThat(UnknownContributorException.forName("Korea"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Korea'");
  }
}
