package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.personnel.PersonnelCount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InvalidValueExceptionTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new PeacekeepingModule()).build();

  private static InvalidValueException thrown(String json) {
    try {
      MAPPER.readValue(json, PersonnelCount.class);
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("not rejected: " + json);
  }

  @Test
  void message_lists_the_first_five_problems_and_counts_the_rest() {
    InvalidValueException e =
        thrown("{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,\"women\":1,\"men\":1}");

    assertThat(e.problems()).hasSize(7);
    assertThat(e.getOriginalMessage()).startsWith("invalid PersonnelCount: 7 problems")
        .contains("UNKNOWN_PROPERTY at /e (line 1, column 30): unknown property 'e'")
        .doesNotContain("at /f ")
        .contains("… and 2 more");
  }

  @Test
  void problems_are_unmodifiable() {
    InvalidValueException e = thrown("{\"women\":\"1\",\"men\":1}");

    assertThat(e.problems()).singleElement().extracting(JsonProblem::pointer).isEqualTo("/women");
    assertThatThrownBy(() -> e.problems().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
