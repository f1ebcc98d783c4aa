package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import org.junit.jupiter.api.Test;

class InvalidAttributeExceptionTest {

  @Test
  void attribute_as_a_whole_has_no_element_and_its_name_leads_the_message() {
    InvalidAttributeException e = InvalidAttributeException.of("id", "must not be blank, was ''");

    assertThat(e.attribute()).isEqualTo("id");
    assertThat(e.element()).isEmpty();
    assertThat(e.requirement()).isEqualTo("must not be blank, was ''");
    assertThat(e).hasMessage("id: must not be blank, was ''");
  }

  @Test
  void list_element_and_map_entry_are_named_in_brackets() {
    assertThat(InvalidAttributeException.ofElement("steps", 2, "must be later"))
        .hasMessage("steps[2]: must be later")
        .satisfies(e -> assertThat(e.element()).contains("2"));
    assertThat(InvalidAttributeException.ofEntry("roles", "GENDER_ADVISER", "must fit"))
        .hasMessage("roles[GENDER_ADVISER]: must fit")
        .satisfies(e -> assertThat(e.element()).contains("GENDER_ADVISER"));
  }

  @Test
  void null_arguments_are_refused() {
    assertThatThrownBy(() -> InvalidAttributeException.of(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("attribute");
    assertThatThrownBy(() -> InvalidAttributeException.ofEntry("roles", null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
  }

  @Test
  void value_types_throw_it_with_the_attribute_that_failed() {
    assertThatThrownBy(() -> PersonnelCount.of(-1, 0))
        .isInstanceOfSatisfying(InvalidAttributeException.class,
            e -> assertThat(e.attribute()).isEqualTo("women"));
    assertThatThrownBy(() -> Share.parse("a lot"))
        .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
          assertThat(e.attribute()).isEqualTo("text");
          assertThat(e.requirement()).startsWith("not a share");
        });
  }
}
