package io.github.peacekeeping.serialization.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of CSV problem codes in docs/csv-import.md is generated from the Javadoc of {@link
 * ProblemCode}'s constants, so that the documented contract and the code's own description say the
 * same. Regenerate it with {@code ./mvnw -q -pl serialization -am test
 * -Dtest=CsvProblemCodesDocumentationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpeacekeeping.docs.write=true}.
 */
class CsvProblemCodesDocumentationTest {

  private static final Path MODULE = Path.of(System.getProperty("user.dir"));
  private static final Path DOC = MODULE.resolve("../docs/csv-import.md").normalize();
  private static final Path SOURCE = MODULE.resolve(
      "src/main/java/io/github/peacekeeping/serialization/problem/ProblemCode.java");

  private static final String START = "<!-- problem-codes:start (generated from ProblemCode;"
      + " do not edit) -->\n";
  private static final String END = "<!-- problem-codes:end -->";

  /** A constant's Javadoc, its name and its format, as ProblemCode.java declares them. */
  private static final Pattern CONSTANT = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*([A-Z_]+)\\(Format\\.([A-Z]+), Severity\\.[A-Z]+\\)",
      Pattern.DOTALL);

  /** Returns the meaning of every CSV code and code of both formats, in declaration order. */
  private static Map<ProblemCode, String> meanings() throws IOException {
    Map<ProblemCode, String> meanings = new LinkedHashMap<>();
    Matcher m = CONSTANT.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
    while (m.find()) {
      if (!m.group(3).equals("JSON")) {
        meanings.put(ProblemCode.valueOf(m.group(2)), markdown(m.group(1)));
      }
    }
    return meanings;
  }

  /** Turns a Javadoc comment's text into one line of Markdown. */
  private static String markdown(String javadoc) {
    String text = javadoc.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").strip()
        .replaceAll("\\{@(?:code|link) #?([^}]*)}", "`$1`")
        .replaceFirst("^CSV: ", "");
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String table() throws IOException {
    StringBuilder table = new StringBuilder("| code | severity | meaning |\n|---|---|---|\n");
    meanings().forEach((code, meaning) -> table.append("| `").append(code).append("` | ")
        .append(code.severity()).append(" | ").append(meaning.replace("|", "\\|")).append(" |\n"));
    return table.toString();
  }

  @Test
  void the_javadoc_describes_every_csv_code_and_every_code_of_both_formats() throws IOException {
    assertThat(meanings().keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(ProblemCode.values())
            .filter(code -> code.format() != ProblemCode.Format.JSON)
            .collect(Collectors.toList()));
    assertThat(meanings().values()).allMatch(meaning -> meaning.endsWith("."));
  }

  @Test
  void docs_csv_import_md_lists_the_codes_as_the_javadoc_describes_them() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("the generated section's start in docs/csv-import.md").isNotNegative();
    assertThat(end).as("the generated section's end").isGreaterThan(start);
    String expected = doc.substring(0, start + START.length()) + table() + doc.substring(end);
    if (Boolean.getBoolean("peacekeeping.docs.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertThat(doc)
        .as("docs/csv-import.md is out of date: regenerate it (see this test's Javadoc)")
        .isEqualTo(expected);
  }
}
