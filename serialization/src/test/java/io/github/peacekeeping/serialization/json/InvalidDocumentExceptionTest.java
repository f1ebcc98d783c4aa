package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidDocumentExceptionTest {

  private static JsonProblem problem(int i) {
    return JsonProblem.of(ProblemCode.INVALID_VALUE, JsonLocation.at("/pledges/" + i), "problem " + i);
  }

  @Test
  void message_gives_the_count_and_the_problems() {
    InvalidDocumentException e = new InvalidDocumentException(List.of(problem(0), problem(1)));
    assertThat(e.getMessage())
        .startsWith("invalid JSON document: 2 problems")
        .contains("INVALID_VALUE at /pledges/0: problem 0")
        .contains("INVALID_VALUE at /pledges/1: problem 1");
  }

  @Test
  void message_lists_the_first_five_and_counts_the_rest() {
    List<JsonProblem> problems = IntStream.range(0, 8).mapToObj(InvalidDocumentExceptionTest::problem).toList();
    String message = new InvalidDocumentException(problems).getMessage();
    assertThat(message).contains("problem 4").doesNotContain("problem 5").contains("… and 3 more");
  }

  @Test
  void problems_are_an_unmodifiable_copy() {
    List<JsonProblem> source = new ArrayList<>(List.of(problem(0)));
    InvalidDocumentException e = new InvalidDocumentException(source);
    source.add(problem(1));
    assertThat(e.problems()).containsExactly(problem(0));
    assertThatThrownBy(() -> e.problems().add(problem(2))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_an_empty_list() {
    assertThatThrownBy(() -> new InvalidDocumentException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("problems: must not be empty, was []");
  }

  @Test
  void rejects_null_problems() {
    assertThatThrownBy(() -> new InvalidDocumentException(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("problems");
  }
}
