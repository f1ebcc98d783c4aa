package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem code of CSV and of both formats, produced from real rows of the bundled
 * statistics ({@code data/un-contributions-by-gender-2009-2014.csv}) changed in one field: the
 * table below has one input per code, and a code without one fails the test.
 */
class UnStatisticsImporterProblemCodesTest {

  /** The real file's lines 1 (its header), 2 and 28,470, as they stand. */
  private static final List<String> REAL = realLines(1, 2, 28_470);

  private static final String HEADER = REAL.get(0);

  /** "1",2013-12-31,"Albania","ALB","UNMISS",1,0,1,0,...,1,0,1: one man of Albania's police. */
  private static final String ALBANIA = REAL.get(1);

  /** The row whose contributor's name the UN's report truncated. */
  private static final String TRUNCATED_NAME = REAL.get(2);

  /** The header of the long layout of the UN's open data, for the one code only it has. */
  private static final String LONG_HEADER = "Contributing_Country,ISOCode3,Mission_Acronym,"
      + "Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";

  /**
   * One input.
   *
   * @param csv the input, real rows with at most one field changed
   * @param severity the severity expected
   * @param location the location expected
   */
  record Case(String csv, Severity severity, CsvLocation location) {}

  private static final Map<ProblemCode, Case> CASES = cases();

  private static Map<ProblemCode, Case> cases() {
    Map<ProblemCode, Case> cases = new EnumMap<>(ProblemCode.class);
    cases.put(ProblemCode.MISSING_HEADER,
        new Case("", Severity.ERROR, CsvLocation.ofFile()));
    cases.put(ProblemCode.MISSING_COLUMNS,
        new Case(lines(HEADER.replace("\"Mission\"", "\"Operation\""), ALBANIA),
            Severity.ERROR, CsvLocation.ofRow(1)));
    cases.put(ProblemCode.NO_DATA_ROWS,
        new Case(lines(HEADER), Severity.WARNING, CsvLocation.ofFile()));
    cases.put(ProblemCode.MALFORMED_ROW,
        new Case(lines(HEADER, ALBANIA.substring(0, ALBANIA.lastIndexOf(','))),
            Severity.ERROR, CsvLocation.ofRow(2)));
    cases.put(ProblemCode.UNKNOWN_CONTRIBUTOR,
        new Case(lines(HEADER, field(ALBANIA, 4, "\"XXX\"")),
            Severity.ERROR, CsvLocation.ofCell(2, "Contributor ISO-3", 4)));
    cases.put(ProblemCode.UNKNOWN_MISSION,
        new Case(lines(HEADER, field(ALBANIA, 5, "\"UNXYZ\"")),
            Severity.ERROR, CsvLocation.ofCell(2, "Mission", 5)));
    // The real Albania row in the long layout, dated dd/mm/yyyy as the open data are.
    cases.put(ProblemCode.UNKNOWN_PERSONNEL_TYPE,
        new Case(lines(LONG_HEADER, "Albania,ALB,UNMISS,Cooks,0,1,31/12/2013"),
            Severity.ERROR, CsvLocation.ofCell(2, "Personnel_Type", 4)));
    cases.put(ProblemCode.BAD_NUMBER,
        new Case(lines(HEADER, field(ALBANIA, 6, "one")),
            Severity.ERROR, CsvLocation.ofCell(2, "Individual Police Male", 6)));
    cases.put(ProblemCode.BAD_DATE,
        new Case(lines(HEADER, field(ALBANIA, 2, "2013-12-32")),
            Severity.ERROR, CsvLocation.ofCell(2, "Date", 2)));
    cases.put(ProblemCode.TOTALS_DO_NOT_ADD_UP,
        new Case(lines(HEADER, field(ALBANIA, 8, "2")),
            Severity.ERROR, CsvLocation.ofCell(2, "Individual Police Total", 8)));
    cases.put(ProblemCode.NAME_MISMATCH,
        new Case(lines(HEADER, field(ALBANIA, 3, "\"Ghana\"")),
            Severity.ERROR, CsvLocation.ofCell(2, "Contributor", 3)));
    cases.put(ProblemCode.UNRESOLVED_NAME,
        new Case(lines(HEADER, TRUNCATED_NAME),
            Severity.WARNING, CsvLocation.ofCell(2, "Contributor", 3)));
    return cases;
  }

  static Stream<ProblemCode> csvCodes() {
    return Arrays.stream(ProblemCode.values()).filter(c -> c.format() != ProblemCode.Format.JSON);
  }

  @ParameterizedTest
  @MethodSource("csvCodes")
  void every_csv_code_is_produced_by_its_input_with_its_severity_at_its_location(
      ProblemCode code) {
    Case input = CASES.get(code);
    assertThat(input).as("an input in the table that produces %s", code).isNotNull();

    ImportResult result =
        new UnStatisticsImporter().importFrom(new StringReader(input.csv()), code + ".csv");

    assertThat(result.problems()).as("%s from %s", code, input.csv()).singleElement()
        .satisfies(problem -> {
          assertThat(problem.code()).isEqualTo(code);
          assertThat(problem.severity()).isEqualTo(input.severity()).isEqualTo(code.severity());
          assertThat(problem.location()).isEqualTo(input.location());
          assertThat(problem.message()).isNotBlank();
        });
  }

  @Test
  void the_table_holds_no_json_only_code() {
    assertThat(CASES.keySet()).allMatch(code -> code.format() != ProblemCode.Format.JSON);
  }

  @Test
  void the_unchanged_real_rows_import_without_problems() {
    ImportResult result = new UnStatisticsImporter()
        .importFrom(new StringReader(lines(HEADER, ALBANIA)), "albania.csv");

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).hasSize(1);
  }

  /** Returns the row with its field at a 1-based position replaced (no field holds a comma). */
  private static String field(String row, int position, String value) {
    String[] fields = row.split(",", -1);
    fields[position - 1] = value;
    return String.join(",", fields);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> realLines(int... numbers) {
    try {
      List<String> all =
          Files.readAllLines(UnStatisticsImporterTest.realFile(), StandardCharsets.UTF_8);
      return Arrays.stream(numbers).mapToObj(n -> all.get(n - 1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
