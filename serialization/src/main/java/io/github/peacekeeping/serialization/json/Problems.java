package io.github.peacekeeping.serialization.json;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, in the order they are found. Not thread-safe. */
final class Problems {

  private final List<JsonProblem> problems = new ArrayList<>();

  void structure(String pointer, String message) {
    problems.add(JsonProblem.legacy(ProblemKind.STRUCTURE, pointer, message));
  }

  void structure(Pointer pointer, String message) {
    problems.add(JsonProblem.legacy(ProblemKind.STRUCTURE, pointer.toString(), message));
  }

  void add(JsonProblem problem) {
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<JsonProblem> list() {
    return List.copyOf(problems);
  }
}
