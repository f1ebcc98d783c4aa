package io.github.peacekeeping.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON output with Jackson, from the records and maps of {@link Views}: one compact
 * object per line (JSON Lines), so that several inputs give a stream a program can read line by
 * line.
 */
final class JsonOutput {

  /** Leaves out the record components that do not apply (null), never a map's entries. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(
          inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private JsonOutput() {}

  /**
   * Prints a value as one line of JSON.
   *
   * @param out where to print
   * @param value records, maps, lists, strings, numbers and booleans
   */
  static void println(PrintWriter out, Object value) {
    out.println(MAPPER.writeValueAsString(value));
    out.flush();
  }
}
