package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds {@link UnStatisticsImporter} files that mix real rows of the bundled UN statistics with
 * hostile ones derived from them, and checks that only an {@link ImportResult} comes out (an {@link
 * ImportException} only for bytes that are not UTF-8), that every valid row of a mixed file is
 * imported exactly as it is alone, and that every corrupted row is reported at its line.
 *
 * <p>Reproducible: file {@code f} is derived from {@code new Random(seed * 1_000_003 + f)}. Raise
 * the number of hostile rows with {@code -Dpeacekeeping.fuzz.inputs=1000000}; replay another run
 * with {@code -Dpeacekeeping.fuzz.seed=N}.
 */
class UnStatisticsImporterFuzzTest {

  private static final long SEED = Long.getLong("peacekeeping.fuzz.seed", 20261123L);
  private static final int INPUTS = Integer.getInteger("peacekeeping.fuzz.inputs", 100_000);

  /** Counts that are not counts, or that cannot agree with the row's totals. */
  private static final List<String> BAD_COUNTS = List.of(
      "-1", "-0", "abc", "", " ", "1.0", "1e3", "+1", "0x10", "NaN", "1 000", "١٢", "１２",
      "99999999999999999999", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "4611686018427387904");

  /** Dates that are not dates. */
  private static final List<String> BAD_DATES = List.of(
      "2013-02-30", "2013-13-01", "", "31/02/2014", "2014/01/31", "20131231",
      "2013-12-31T00:00:00", "yesterday", "0000-00-00", "2013-12-32", "32/12/2013", "12/31/2013",
      "2013-1-31", "１２/１２/２０１３");

  private static final List<String> BAD_CODES = List.of("XXX", "", "ZZZ", "QQQ", "A", "ALBA",
      "123", "\u0000", "EU-");

  private static final List<String> BAD_MISSIONS = List.of("UNFOO", "", "UNMISSS", "MINUS",
      "UN MISS", "\u0000");

  /** Values tried in swapped or overwritten fields: not guaranteed to be wrong. */
  private static final List<String> ODD_VALUES = List.of("alb", "unmiss", "ALB", "UNMIL", "0", "1",
      "31/12/2013", "2013-12-31", "-2013-12-31", "+12013-12-31", "\"Albania\"", "\"\"", "Ghana",
      "\"Moldova, Republic of\"", "\"a\"\"b\"", "\" 1 \"");

  private static String header;
  private static List<String> rows;

  private final UnStatisticsImporter importer = new UnStatisticsImporter();

  @TempDir Path temp;

  @BeforeAll
  static void realRows() throws IOException {
    List<String> lines = Files.readAllLines(realFile(), StandardCharsets.UTF_8);
    header = lines.get(0);
    rows = List.copyOf(lines.subList(1, lines.size()));
  }

  static Path realFile() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
        dir = dir.getParent()) {
      Path file = dir.resolve("data/un-contributions-by-gender-2009-2014.csv");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new AssertionError("data/un-contributions-by-gender-2009-2014.csv not found above "
        + System.getProperty("user.dir"));
  }

  /** A row of a generated file: its text, how it was made, and whether it must be an error. */
  private record Row(String text, String how, boolean mustFail, boolean framing) {}

  @Test
  @Timeout(300)
  void hostile_rows_are_reported_at_their_line_and_valid_rows_around_them_are_imported()
      throws IOException {
    List<String> failures = new ArrayList<>();
    Map<String, int[]> kinds = new TreeMap<>(); // how -> {rows, rows with an error alone}
    long start = System.nanoTime();
    int hostile = 0;
    int files = 0;
    for (; hostile < INPUTS && failures.size() < 10; files++) {
      Random random = new Random(SEED * 1_000_003L + files);
      List<Row> file = new ArrayList<>();
      int size = 1 + random.nextInt(30);
      for (int j = 0; j < size; j++) {
        String real = rows.get(random.nextInt(rows.size()));
        file.add(random.nextInt(2) == 0
            ? new Row(real, "real", false, false) : corrupt(real, random));
      }
      if (random.nextInt(4) == 0) {
        String real = rows.get(random.nextInt(rows.size()));
        file.add(random.nextInt(file.size() + 1), framing(real, random));
      }
      hostile += (int) file.stream().filter(r -> !r.how().equals("real")).count();
      String failure;
      try {
        failure = random.nextInt(10) == 0
            ? checkBytes(file, random, files) : check(file, random, kinds);
      } catch (Throwable e) {
        failure = "escaped " + e + "\n" + stack(e);
      }
      if (failure != null) {
        failures.add("file #" + files + ": " + failure + "\n  rows: " + describe(file));
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("UnStatisticsImporterFuzzTest: %d hostile rows in %d files, seed %d, %s;"
        + " {rows, errors alone} %s%n", hostile, files, SEED, took, counts(kinds));
    failures.forEach(f -> System.out.println("FAILURE " + f));
    assertThat(failures)
        .as("files that broke the importer, seed %d (replay with -Dpeacekeeping.fuzz.seed=%d)",
            SEED, SEED)
        .isEmpty();
  }

  // ------------------------------------------------------------------------------ properties

  /** Imports the file as text and compares it with its rows imported one by one. */
  private String check(List<Row> file, Random random, Map<String, int[]> kinds) {
    String newline = random.nextInt(5) == 0 ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder(header).append(newline);
    int framingAt = -1;
    List<DeploymentRecord> expectedRecords = new ArrayList<>();
    List<ImportProblem> expectedProblems = new ArrayList<>();
    long expectedRows = 0;
    for (int j = 0; j < file.size(); j++) {
      Row row = file.get(j);
      long line = j + 2;
      text.append(row.text());
      if (j < file.size() - 1 || random.nextBoolean()) {
        text.append(newline);
      }
      ImportResult alone = importer.importFrom(new StringReader(header + "\n" + row.text() + "\n"),
          "row.csv");
      boolean aloneFails = alone.hasErrors();
      int[] kind = kinds.computeIfAbsent(row.how(), k -> new int[2]);
      kind[0]++;
      kind[1] += aloneFails ? 1 : 0;
      if (row.mustFail() && alone.errors().stream().noneMatch(p -> p.row() == 2)) {
        return "row " + line + " (" + row.how() + ") gave no error at its line alone: "
            + alone.problems();
      }
      if (row.framing()) {
        if (framingAt < 0) {
          framingAt = j;
        }
        continue;
      }
      if (framingAt >= 0) {
        continue; // what follows a broken quote or line break depends on it
      }
      expectedRows += alone.rowsRead();
      expectedRecords.addAll(alone.records());
      for (ImportProblem problem : alone.problems()) {
        if (problem.code() == ProblemCode.NO_DATA_ROWS) {
          continue; // a row that is blank alone
        }
        if (problem.row() != 2) {
          return "row " + line + " alone has a problem on another line: " + problem;
        }
        expectedProblems.add(ImportProblem.of(
            problem.code(), problem.location().withRow(line), problem.message()));
      }
    }
    ImportResult mixed = importer.importFrom(new StringReader(text.toString()), "mixed.csv");
    long lines = text.chars().filter(c -> c == '\n').count() + 2;
    for (ImportProblem problem : mixed.problems()) {
      boolean wholeFile = problem.code() == ProblemCode.NO_DATA_ROWS;
      if ((problem.row() == 0) != wholeFile || problem.row() > lines) {
        return "problem outside the file's " + lines + " lines: " + problem;
      }
    }
    if (framingAt < 0) {
      if (!mixed.records().equals(expectedRecords)) {
        return "records differ from those of the rows alone: " + mixed.records().size() + " vs "
            + expectedRecords.size();
      }
      if (!mixed.problems().equals(expectedProblems)) {
        return "problems differ from those of the rows alone:\n    " + mixed.problems()
            + "\n    expected " + expectedProblems;
      }
      if (mixed.rowsRead() != expectedRows) {
        return "rowsRead " + mixed.rowsRead() + ", expected " + expectedRows;
      }
      return null;
    }
    // Up to the row that breaks the framing, the file reads as its rows do alone.
    if (mixed.records().size() < expectedRecords.size()
        || !mixed.records().subList(0, expectedRecords.size()).equals(expectedRecords)) {
      return "records before the broken row " + (framingAt + 2) + " were not imported as alone";
    }
    long brokenLine = framingAt + 2;
    List<ImportProblem> before =
        mixed.problems().stream().filter(p -> p.row() < brokenLine).toList();
    if (!before.equals(expectedProblems)) {
      return "problems before the broken row " + brokenLine + " differ: " + before + " vs "
          + expectedProblems;
    }
    return null;
  }

  /** Imports the file as bytes, with bytes that are not UTF-8 among them. */
  private String checkBytes(List<Row> file, Random random, int index) throws IOException {
    StringBuilder text = new StringBuilder(header).append('\n');
    file.forEach(row -> text.append(row.text()).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    int flips = 1 + random.nextInt(4);
    for (int k = 0; k < flips; k++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) (random.nextBoolean() ? bytes[at] ^ (1 << random.nextInt(8))
          : random.nextInt(256));
    }
    // Leniently decoded, every byte becomes a character: only an ImportResult may come out.
    ImportResult lenient = importer.importFrom(
        new StringReader(new String(bytes, StandardCharsets.UTF_8)), "lenient.csv");
    assertThat(lenient).isNotNull();
    // Strictly decoded, as importFile does, bytes that are not UTF-8 are an ImportException.
    try {
      if (index % 50 == 0) {
        Path path = temp.resolve("fuzz-" + index + ".csv");
        Files.write(path, bytes);
        importer.importFile(path);
      } else {
        importer.importFrom(new InputStreamReader(new ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)),
            "strict.csv");
      }
    } catch (ImportException e) {
      if (!(e.getCause() instanceof CharacterCodingException)) {
        return "ImportException for another cause than undecodable bytes: " + e;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ corruptions

  /** A corruption that keeps the row on its line and its quotes balanced. */
  private static Row corrupt(String real, Random random) {
    List<String> fields = split(real);
    int counts = 5 + random.nextInt(15); // a count column
    switch (random.nextInt(10)) {
      case 0 -> {
        int keep = random.nextInt(fields.size());
        return new Row(String.join(",", fields.subList(0, Math.max(1, keep))), "truncated", true,
            false);
      }
      case 1 -> {
        fields.add(random.nextBoolean() ? "0" : "\"x\"");
        return new Row(String.join(",", fields), "extra field", true, false);
      }
      case 2 -> {
        int a = random.nextInt(fields.size());
        int b = random.nextInt(fields.size());
        String swap = fields.get(a);
        fields.set(a, fields.get(b));
        fields.set(b, swap);
        return new Row(String.join(",", fields), "swapped columns", false, false);
      }
      case 3 -> {
        fields.set(counts, pick(BAD_COUNTS, random));
        return new Row(String.join(",", fields), "bad count", true, false);
      }
      case 4 -> {
        fields.set(1, pick(BAD_DATES, random));
        return new Row(String.join(",", fields), "bad date", true, false);
      }
      case 5 -> {
        fields.set(3, quoteMaybe(pick(BAD_CODES, random), random));
        return new Row(String.join(",", fields), "unknown ISO-3", true, false);
      }
      case 6 -> {
        fields.set(4, quoteMaybe(pick(BAD_MISSIONS, random), random));
        return new Row(String.join(",", fields), "unknown mission", true, false);
      }
      case 7 -> {
        fields.set(random.nextInt(fields.size()), pick(ODD_VALUES, random));
        return new Row(String.join(",", fields), "odd value", false, false);
      }
      case 8 -> {
        // Quoting a field that was not, or unquoting one that was, changes nothing.
        int at = random.nextInt(fields.size());
        String field = fields.get(at);
        boolean unquote = field.startsWith("\"")
            && !field.substring(1, field.length() - 1).contains(",");
        fields.set(at, unquote ? field.substring(1, field.length() - 1) : "\"" + field + "\"");
        return new Row(String.join(",", fields), "requoted", false, false);
      }
      default -> {
        char[] chars = real.toCharArray();
        int flips = 1 + random.nextInt(3);
        for (int k = 0; k < flips; k++) {
          int at = random.nextInt(chars.length);
          if (chars[at] != '"') {
            chars[at] = flip(random);
          }
        }
        return new Row(new String(chars), "character flips", false, false);
      }
    }
  }

  /** A corruption that breaks the CSV framing: a quote or a line break out of place. */
  private static Row framing(String real, Random random) {
    int at = random.nextInt(real.length() + 1);
    return switch (random.nextInt(4)) {
      case 0 -> new Row(real.substring(0, at) + "\"" + real.substring(at), "stray quote", false,
          true);
      case 1 -> {
        int quote = real.indexOf('"', at);
        yield quote < 0 ? new Row(real + ",\"open", "unclosed quote", true, true)
            : new Row(real.substring(0, quote) + real.substring(quote + 1), "quote removed", false,
                true);
      }
      case 2 -> new Row(real.substring(0, at) + (random.nextBoolean() ? "\n" : "\r")
          + real.substring(at), "line break", false, true);
      default -> new Row(real + ",\"open", "unclosed quote", true, true);
    };
  }

  private static char flip(Random random) {
    String pool = "0123456789-.,;: \tabcXYZ/+éß\u00A0\uFFFD\u0000\u2028";
    return pool.charAt(random.nextInt(pool.length()));
  }

  private static String quoteMaybe(String value, Random random) {
    return random.nextBoolean() ? "\"" + value + "\"" : value;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** Splits on commas outside double quotes, keeping every field's raw text. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  // ------------------------------------------------------------------------------ reporting

  private static String describe(List<Row> file) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < file.size(); j++) {
      if (!file.get(j).how().equals("real")) {
        text.append("\n    line ").append(j + 2).append(" ").append(file.get(j).how()).append(": ")
            .append(file.get(j).text().replace("\n", "\\n").replace("\r", "\\r"));
      }
    }
    return text.toString();
  }

  private static String counts(Map<String, int[]> kinds) {
    StringBuilder text = new StringBuilder("{");
    kinds.forEach((k, v) -> text.append(k).append('=').append(v[0]).append('/').append(v[1])
        .append(", "));
    return text.append('}').toString();
  }

  private static String stack(Throwable e) {
    StringBuilder text = new StringBuilder();
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(12, trace.length); i++) {
      text.append("    at ").append(trace[i]).append('\n');
    }
    return text.toString();
  }
}
