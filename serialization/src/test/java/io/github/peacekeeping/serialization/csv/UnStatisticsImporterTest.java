package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnStatisticsImporterTest {

  private static final String WIDE_HEADER = "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\","
      + "\"Mission\",\"Individual Police Male\",\"Individual Police Female\","
      + "\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\","
      + "\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\","
      + "\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\","
      + "\"Total Male\",\"Total Female\",\"Total Total\"\n";

  /** Real rows of the bundled file (its lines 2 to 5). */
  private static final String ALBANIA_ROWS =
      "\"1\",2013-12-31,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
      + "\"2\",2011-06-30,\"Albania\",\"ALB\",\"UNMIL\",12,1,13,0,0,0,0,0,0,0,0,0,12,1,13\n";

  private static final String OPEN_DATA_HEADER = "Contributing_Country,ISOCode3,Mission_Acronym,"
      + "Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";

  private static final String DATA_HUB_HEADER = "contributing_country,isocode3,mission_acronym,"
      + "personnel_type,male_personnel,female_personnel,last_reporting_date\n";

  private final UnStatisticsImporter importer = new UnStatisticsImporter();

  static Path realFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("data/un-contributions-by-gender-2009-2014.csv");
      if (Files.isRegularFile(file) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return file;
      }
    }
    throw new AssertionError("data/un-contributions-by-gender-2009-2014.csv not found");
  }

  private ImportResult read(String csv) {
    return importer.importFrom(new StringReader(csv), "test.csv");
  }

  private static List<String> problemLines(ImportResult result) {
    return result.problems().stream()
        .map(p -> p.row() + " " + p.code() + " " + p.column().orElse("-"))
        .collect(Collectors.toList());
  }

  // The real file

  @Test
  void imports_the_whole_real_file_without_errors_and_one_warning_for_the_truncated_name() {
    ImportResult result = importer.importFile(realFile());

    assertThat(result.rowsRead()).isEqualTo(29_115);
    assertThat(result.layout()).contains(UnLayout.WIDE);
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(ImportProblem::code, ImportProblem::severity, ImportProblem::location)
        .containsExactly(tuple(ProblemCode.UNRESOLVED_NAME, Severity.WARNING,
            CsvLocation.ofCell(28_470, "Contributor", 3)));
    assertThat(result.warnings().get(0).message())
        .contains("'The former Yugoslav Republic o'", "MKD");
    assertThat(result.records())
        .filteredOn(r -> r.date().equals(LocalDate.of(2014, 1, 31))
            && r.mission().acronym().equals("UNIFIL"))
        .extracting(r -> r.contributor().code())
        .contains("MKD");
  }

  @Test
  void imports_every_record_of_the_real_file_each_in_a_mission_that_operated_on_its_day() {
    ImportResult result = importer.importFile(realFile());

    assertThat(result.records()).hasSize(44_054);
    // Missions whose mandate had ended but whose withdrawal had not: the UN still counted them.
    assertThat(result.records())
        .filteredOn(r -> r.mission().acronym().equals("UNMIS"))
        .extracting(DeploymentRecord::date)
        .contains(LocalDate.of(2011, 7, 31));
    assertThat(result.records())
        .filteredOn(r -> r.mission().acronym().equals("UNSMIS"))
        .extracting(DeploymentRecord::date)
        .contains(LocalDate.of(2012, 8, 31));
    assertThat(result.records())
        .filteredOn(r -> !r.mission().operatesOn(r.date()))
        .isEmpty();
  }

  @Test
  void system_wide_totals_for_february_2014_match_a_sum_of_the_raw_file() throws IOException {
    LocalDate month = LocalDate.of(2014, 2, 28);
    Map<PersonnelCategory, PersonnelCount> expected = new EnumMap<>(PersonnelCategory.class);
    Map<String, PersonnelCategory> prefixes = Map.of(
        "Individual Police", PersonnelCategory.INDIVIDUAL_POLICE,
        "Formed Police Units", PersonnelCategory.FORMED_POLICE_UNITS,
        "Experts on Mission", PersonnelCategory.MILITARY_OBSERVERS,
        "Troops", PersonnelCategory.CONTINGENT_TROOPS);
    long grandTotal = 0;
    try (BufferedReader in = Files.newBufferedReader(realFile(), StandardCharsets.UTF_8)) {
      List<String> header = split(in.readLine());
      String line;
      while ((line = in.readLine()) != null) {
        List<String> row = split(line);
        if (!row.get(header.indexOf("Date")).equals(month.toString())) {
          continue;
        }
        for (Map.Entry<String, PersonnelCategory> prefix : prefixes.entrySet()) {
          long men = Long.parseLong(row.get(header.indexOf(prefix.getKey() + " Male")));
          long women = Long.parseLong(row.get(header.indexOf(prefix.getKey() + " Female")));
          expected.merge(prefix.getValue(), PersonnelCount.of(women, men), PersonnelCount::plus);
        }
        grandTotal += Long.parseLong(row.get(header.indexOf("Total Total")));
      }
    }

    Map<PersonnelCategory, PersonnelCount> imported = new EnumMap<>(PersonnelCategory.class);
    for (DeploymentRecord record : importer.importFile(realFile()).records()) {
      if (record.date().equals(month)) {
        imported.merge(record.category(), record.personnel(), PersonnelCount::plus);
      }
    }

    assertThat(imported).isEqualTo(expected);
    assertThat(imported.values().stream().mapToLong(PersonnelCount::total).sum())
        .isEqualTo(grandTotal)
        .isPositive();
  }

  /** Splits a CSV line on commas outside double quotes, dropping the quotes. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void streaming_import_of_the_real_file_passes_everything_to_the_consumers() throws IOException {
    long[] records = new long[1];
    List<ImportProblem> problems = new ArrayList<>();
    ImportSummary summary;
    try (Reader reader = Files.newBufferedReader(realFile(), StandardCharsets.UTF_8)) {
      summary = importer.importFrom(reader, "real", r -> records[0]++, problems::add);
    }

    assertThat(summary.rowsRead()).isEqualTo(29_115);
    assertThat(summary.layout()).contains(UnLayout.WIDE);
    assertThat(summary.recordCount()).isEqualTo(records[0])
        .isEqualTo(importer.importFile(realFile()).records().size());
    assertThat(summary.errorCount()).isZero();
    assertThat(summary.warningCount()).isEqualTo(1).isEqualTo(problems.size());
  }

  // The wide layout

  @Test
  void wide_row_gives_one_record_per_category_that_is_not_zero() {
    ImportResult result = read(WIDE_HEADER
        + "\"7\",2014-02-28,\"Ghana\",\"GHA\",\"UNIFIL\",2,1,3,0,0,0,4,0,4,800,50,850,806,51,857\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).containsExactly(
        DeploymentRecord.of(LocalDate.of(2014, 2, 28), MemberState.of("GHA"),
            Mission.of("UNIFIL"), PersonnelCategory.INDIVIDUAL_POLICE, PersonnelCount.of(1, 2)),
        DeploymentRecord.of(LocalDate.of(2014, 2, 28), MemberState.of("GHA"),
            Mission.of("UNIFIL"), PersonnelCategory.MILITARY_OBSERVERS, PersonnelCount.of(0, 4)),
        DeploymentRecord.of(LocalDate.of(2014, 2, 28), MemberState.of("GHA"),
            Mission.of("UNIFIL"), PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(50, 800)));
  }

  @Test
  void wide_row_of_nobody_gives_no_record_and_no_problem() {
    ImportResult result = read(WIDE_HEADER
        + "\"7\",2014-02-28,\"Ghana\",\"GHA\",\"UNIFIL\",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n");

    assertThat(result.records()).isEmpty();
    assertThat(result.problems()).isEmpty();
    assertThat(result.rowsRead()).isEqualTo(1);
  }

  @Test
  void name_naming_another_state_than_the_code_is_an_error_and_the_row_gives_no_record() {
    ImportResult result = read(WIDE_HEADER
        + "\"1\",2013-12-31,\"Ghana\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + ALBANIA_ROWS);

    assertThat(problemLines(result)).containsExactly("2 NAME_MISMATCH Contributor");
    assertThat(result.problems().get(0).message()).contains("'Ghana'", "GHA", "ALB");
    assertThat(result.records()).hasSize(2);
  }

  @Test
  void hostile_wide_rows_are_reported_with_their_rows_and_the_good_rows_are_imported() {
    String good = "\"9\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n";
    ImportResult result = read(WIDE_HEADER
        + good // 2
        + "\"3\",2014-02-28,\"Albania\",\"ALB\",\"UNXYZ\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + good // 4
        + "\"5\",2014-02-28,\"Atlantis\",\"ATL\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + "\"6\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",one,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + "\"7\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",1,-1,0,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + "\"8\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",1,0,2,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + "\"9\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,2,0,2\n"
        + "\"10\",2014-02-28,\"Albania\",\"ALB\",\"UNMISS\",1,0,1\n"
        + "\"11\",2014-02-31,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + good // 12
        + "\"13\",2014-02-28,\"Albania,\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + good); // 14

    assertThat(problemLines(result)).containsExactly(
        "3 UNKNOWN_MISSION Mission",
        "5 UNKNOWN_CONTRIBUTOR Contributor ISO-3",
        "6 BAD_NUMBER Individual Police Male",
        "7 BAD_NUMBER Individual Police Female",
        "8 TOTALS_DO_NOT_ADD_UP Individual Police Total",
        "9 TOTALS_DO_NOT_ADD_UP Total Male",
        "9 TOTALS_DO_NOT_ADD_UP Total Total",
        "10 MALFORMED_ROW -",
        "11 BAD_DATE Date",
        "13 MALFORMED_ROW -");
    assertThat(result.problems()).allMatch(ImportProblem::isError);
    assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
        "'UNXYZ' is not the acronym of a catalogued mission",
        "'ATL' is not the code of a known contributor",
        "'one' is not a count (digits only)",
        "'-1' is negative; a count must be zero or more",
        "Individual Police: 1 men and 0 women make 1, but the total says 2",
        "the categories add up to 1 men, but 'Total Male' says 2",
        "the categories add up to 1 personnel, but 'Total Total' says 2",
        "expected 20 fields as in the header, found 8",
        "'2014-02-31' is not a date (ISO yyyy-mm-dd or dd/mm/yyyy)",
        result.problems().get(9).message());
    assertThat(result.problems().get(9).message()).startsWith("not valid CSV: ");
    assertThat(result.records()).hasSize(4);
    assertThat(result.rowsRead()).isEqualTo(13);
  }

  // Regression: LocalDate.parse took signed and five-digit years, so a row dated "-2013-12-31"
  // was imported as 2013 BC (found by UnStatisticsImporterFuzzTest).
  @Test
  void dates_with_a_signed_or_other_than_four_digit_year_are_bad_dates() {
    String row = "\"1\",%s,\"Albania\",\"ALB\",\"UNMISS\",1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n";
    List<String> dates = List.of(
        "-2013-12-31", "+12013-12-31", "12013-12-31", "31/12/-2013", "31/12/12013", "31/12/213");
    StringBuilder csv = new StringBuilder(WIDE_HEADER);
    dates.forEach(date -> csv.append(row.formatted(date)));
    csv.append(row.formatted("31/12/2013")).append(row.formatted("2013-12-31"));

    ImportResult result = read(csv.toString());

    assertThat(problemLines(result)).containsExactly(
        "2 BAD_DATE Date", "3 BAD_DATE Date", "4 BAD_DATE Date", "5 BAD_DATE Date",
        "6 BAD_DATE Date", "7 BAD_DATE Date");
    assertThat(result.problems().get(0).message())
        .isEqualTo("'-2013-12-31' is not a date (ISO yyyy-mm-dd or dd/mm/yyyy)");
    assertThat(result.records()).extracting(DeploymentRecord::date)
        .containsExactly(LocalDate.of(2013, 12, 31), LocalDate.of(2013, 12, 31));
  }

  // Regression: the sums of the categories were added with plain +, so counts near Long.MAX_VALUE
  // wrapped around to 0 and matched a stated total of 0 (found while fuzzing the importer). Counts
  // over the bound are now refused where they are read, at their column.
  @Test
  void category_counts_over_the_bound_are_bad_numbers_at_their_columns() {
    String max = "9223372036854775807";
    ImportResult result = read(WIDE_HEADER + "\"1\",2013-12-31,\"Albania\",\"ALB\",\"UNMISS\","
        + max + ",0," + max + "," + max + ",0," + max + ",2,0,2,0,0,0,0,0,0\n");

    assertThat(problemLines(result)).containsExactly(
        "2 BAD_NUMBER Individual Police Male", "2 BAD_NUMBER Individual Police Total",
        "2 BAD_NUMBER Formed Police Units Male", "2 BAD_NUMBER Formed Police Units Total");
    assertThat(result.problems()).extracting(ImportProblem::message).allMatch(message ->
        message.equals("'" + max + "' is too large for a count: must be at most 1000000000"));
    assertThat(result.records()).isEmpty();
  }

  @Test
  void quote_never_closed_reports_the_row_where_it_opened_and_the_lines_lost() {
    ImportResult result = read(WIDE_HEADER + ALBANIA_ROWS
        + "\"3\",2014-02-28,\"Albania,ALB,UNMISS,1,0,1,0,0,0,0,0,0,0,0,0,1,0,1\n"
        + "4,2011-06-30,Albania,ALB,UNMIL,12,1,13,0,0,0,0,0,0,0,0,0,12,1,13\n");

    assertThat(problemLines(result)).containsExactly("4 MALFORMED_ROW -");
    assertThat(result.problems().get(0).message())
        .contains("Missing closing quote", "lines 4 to 6 could not be read");
    assertThat(result.records()).hasSize(2);
  }

  @Test
  void quote_closed_on_a_later_line_reports_both_lines_and_reading_resumes_after_them() {
    ImportResult result = read(OPEN_DATA_HEADER
        + "\"Ghana,GHA,UNIFIL,Troops,1,2,31/03/2024\n"
        + "\"Ghana\",GHA,UNIFIL,Troops,1,3,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,1,4,31/03/2024\n");

    assertThat(problemLines(result)).containsExactly("2 MALFORMED_ROW -");
    assertThat(result.problems().get(0).message()).contains("lines 2 to 3 could not be read");
    assertThat(result.records()).extracting(DeploymentRecord::personnel)
        .containsExactly(PersonnelCount.of(1, 4));
  }

  @Test
  void header_that_is_not_valid_csv_stops_the_import_at_row_1() {
    ImportResult result = read("\"Contributing_Country,ISOCode3\nGhana,GHA\n");

    assertThat(problemLines(result)).containsExactly("1 MALFORMED_ROW -");
    assertThat(result.records()).isEmpty();
  }

  // The long layouts

  @Test
  void reads_the_open_data_layout_with_day_month_year_dates() {
    ImportResult result = read(OPEN_DATA_HEADER
        + "Ghana,GHA,UNIFIL,Troops,52,818,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Staff Officer,3,14,31/03/2024\n"
        + "\"Korea, Republic of\",KOR,UNMISS,Staff Officers,1,6,31/03/2024\n"
        + "Rwanda,RWA,UNMISS,Individual Police,0,0,31/03/2024\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.layout()).contains(UnLayout.LONG);
    LocalDate date = LocalDate.of(2024, 3, 31);
    assertThat(result.records()).containsExactly(
        DeploymentRecord.of(date, MemberState.of("GHA"), Mission.of("UNIFIL"),
            PersonnelCategory.CONTINGENT_TROOPS, PersonnelCount.of(52, 818)),
        DeploymentRecord.of(date, MemberState.of("GHA"), Mission.of("UNIFIL"),
            PersonnelCategory.STAFF_OFFICERS, PersonnelCount.of(3, 14)),
        DeploymentRecord.of(date, MemberState.of("KOR"), Mission.of("UNMISS"),
            PersonnelCategory.STAFF_OFFICERS, PersonnelCount.of(1, 6)),
        DeploymentRecord.of(date, MemberState.of("RWA"), Mission.of("UNMISS"),
            PersonnelCategory.INDIVIDUAL_POLICE, PersonnelCount.ZERO));
  }

  @Test
  void reads_the_data_hub_layout_with_iso_and_day_month_year_dates() {
    ImportResult result = read(DATA_HUB_HEADER
        + "Nepal,NPL,UNIFIL,Troops,850,40,2024-03-31\n"
        + "Nepal,NPL,UNIFIL,Experts on Mission,3,1,30/04/2024\n"
        + "Nepal,NPL,MINUSCA,Formed Police Units,120,20,2024-03-31\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.layout()).contains(UnLayout.LONG);
    assertThat(result.records()).extracting(
            DeploymentRecord::date, DeploymentRecord::category, DeploymentRecord::personnel)
        .containsExactly(
            tuple(LocalDate.of(2024, 3, 31), PersonnelCategory.CONTINGENT_TROOPS,
                PersonnelCount.of(40, 850)),
            tuple(LocalDate.of(2024, 4, 30), PersonnelCategory.MILITARY_OBSERVERS,
                PersonnelCount.of(1, 3)),
            tuple(LocalDate.of(2024, 3, 31), PersonnelCategory.FORMED_POLICE_UNITS,
                PersonnelCount.of(20, 120)));
  }

  @Test
  void hostile_long_rows_are_reported_with_their_rows_and_the_good_rows_are_imported() {
    String good = "Ghana,GHA,UNIFIL,Troops,52,818,31/03/2024\n";
    ImportResult result = read(OPEN_DATA_HEADER
        + good // 2
        + "Ghana,GHA,UNIFIL,Cooks,1,2,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,,818,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,52,818,31/13/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,52,818\n"
        + "Nowhere,XXX,UNIFIL,Troops,-5,818,31/03/2024\n"
        + good); // 8

    assertThat(problemLines(result)).containsExactly(
        "3 UNKNOWN_PERSONNEL_TYPE Personnel_Type",
        "4 BAD_NUMBER Female_Personnel",
        "5 BAD_DATE Last_Reporting_Date",
        "6 MALFORMED_ROW -",
        "7 UNKNOWN_CONTRIBUTOR ISOCode3",
        "7 BAD_NUMBER Female_Personnel");
    assertThat(result.problems().get(0).message()).contains("'Cooks'");
    assertThat(result.records()).hasSize(2);
    assertThat(result.rowsRead()).isEqualTo(7);
  }

  @Test
  void counts_over_the_bound_are_a_bad_number() {
    ImportResult result = read(OPEN_DATA_HEADER
        + "Ghana,GHA,UNIFIL,Troops,9223372036854775807,1,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,99999999999999999999,1,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,1,1000000001,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,0000000000000000001000000000,1000000000,31/03/2024\n");

    assertThat(problemLines(result)).containsExactly(
        "2 BAD_NUMBER Female_Personnel", "3 BAD_NUMBER Female_Personnel",
        "4 BAD_NUMBER Male_Personnel");
    assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
        "'9223372036854775807' is too large for a count: must be at most 1000000000",
        "'99999999999999999999' is too large for a count: must be at most 1000000000",
        "'1000000001' is too large for a count: must be at most 1000000000");
    assertThat(result.records()).singleElement().extracting(DeploymentRecord::personnel)
        .isEqualTo(PersonnelCount.of(1_000_000_000, 1_000_000_000));
  }

  // Regression: rows within the bound each could add up, for one date, beyond what a snapshot
  // holds, and the caller's DeploymentSnapshot.of then failed after the import.
  @Test
  void rows_that_take_a_date_beyond_a_snapshot_are_refused_at_the_row() {
    ImportResult result = read(OPEN_DATA_HEADER
        + "Ghana,GHA,UNIFIL,Troops,600000000,1,31/03/2024\n"
        + "Ghana,GHA,UNMISS,Troops,400000000,1,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,1,1,31/03/2024\n"
        + "Ghana,GHA,UNIFIL,Troops,600000000,1,30/04/2024\n");

    assertThat(problemLines(result)).containsExactly("4 TOTALS_DO_NOT_ADD_UP -");
    assertThat(result.problems().get(0).message()).isEqualTo("the records of 2024-03-31 would"
        + " hold more than 1000000000 women or men together, more than a deployment snapshot"
        + " holds; the row was not taken");
    assertThat(result.records()).hasSize(3);
  }

  @Test
  void blank_lines_before_the_header_move_the_header_row() {
    ImportResult result = read("\n\nContributing_Country,ISOCode3\nGhana,GHA\n");

    assertThat(problemLines(result)).containsExactly("3 MISSING_COLUMNS -");
  }

  @Test
  void exceptions_of_a_consumer_pass_through_unchanged() {
    IllegalStateException stop = new IllegalStateException("stop");

    assertThatThrownBy(() -> importer.importFrom(
            new StringReader(OPEN_DATA_HEADER + "Ghana,GHA,UNIFIL,Troops,1,2,31/03/2024\n"),
            "x", r -> { throw stop; }, p -> { }))
        .isSameAs(stop);
  }

  @Test
  void name_that_resolves_to_nothing_is_a_warning_and_the_row_is_imported() {
    ImportResult result = read(OPEN_DATA_HEADER + "Ghanaland,GHA,UNIFIL,Troops,52,818,31/03/2024\n");

    assertThat(problemLines(result)).containsExactly("2 UNRESOLVED_NAME Contributing_Country");
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.records()).hasSize(1);
  }

  // Headers and empty input

  @Test
  void empty_input_is_a_missing_header_of_the_whole_file() {
    ImportResult result = read("");

    assertThat(problemLines(result)).containsExactly("0 MISSING_HEADER -");
    assertThat(result.problems().get(0).location()).isEqualTo(CsvLocation.ofFile());
    assertThat(result.layout()).isEmpty();
    assertThat(result.rowsRead()).isZero();
  }

  @Test
  void header_only_is_a_warning_about_the_whole_file() {
    ImportResult result = read(OPEN_DATA_HEADER);

    assertThat(problemLines(result)).containsExactly("0 NO_DATA_ROWS -");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.layout()).contains(UnLayout.LONG);
    assertThat(result.records()).isEmpty();
  }

  @Test
  void unknown_header_names_the_missing_columns() {
    ImportResult result = read("Contributing_Country,ISOCode3,Mission,Personnel_Type,"
        + "Female_Personnel,Male_Personnel,Last_Reporting_Date\nGhana,GHA,UNIFIL,Troops,1,2,"
        + "31/03/2024\n");

    assertThat(problemLines(result)).containsExactly("1 MISSING_COLUMNS -");
    assertThat(result.problems().get(0).message()).contains("[Mission_Acronym]");
    assertThat(result.records()).isEmpty();
    assertThat(result.layout()).isEmpty();
  }

  @Test
  void importer_for_one_layout_does_not_detect_another() {
    ImportResult result = UnStatisticsImporter.forLayout(UnLayout.LONG)
        .importFrom(new StringReader(WIDE_HEADER + ALBANIA_ROWS), "wide.csv");

    assertThat(problemLines(result)).containsExactly("1 MISSING_COLUMNS -");
    assertThat(result.problems().get(0).message()).contains("LONG", "ISOCode3", "Personnel_Type");
  }

  @Test
  void ignores_a_byte_order_mark_and_blank_lines() {
    ImportResult result = read("\uFEFF" + OPEN_DATA_HEADER
        + "Ghana,GHA,UNIFIL,Troops,52,818,31/03/2024\n\n"
        + "Ghana,GHA,UNIFIL,Troops,52,818,30/04/2024\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).hasSize(2);
    assertThat(result.rowsRead()).isEqualTo(2);
  }

  // Failures of the input

  @Test
  void reader_failure_is_an_import_exception_naming_the_source() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> importer.importFrom(failing, "contributions.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("contributions.csv")
        .hasMessageContaining("disk on fire")
        .satisfies(e -> assertThat(((ImportException) e).sourceName())
            .isEqualTo("contributions.csv"));
  }

  @Test
  void missing_file_is_an_import_exception_naming_the_file() {
    Path missing = Path.of("no-such-dir", "missing.csv");

    assertThatThrownBy(() -> importer.importFile(missing))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void does_not_close_the_callers_reader() throws IOException {
    boolean[] closed = new boolean[1];
    Reader reader = new StringReader(OPEN_DATA_HEADER) {
      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    };

    importer.importFrom(reader, "open");

    assertThat(closed[0]).isFalse();
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> importer.importFrom(null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
    assertThatThrownBy(() -> importer.importFrom(new StringReader(""), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sourceName");
    assertThatThrownBy(() -> UnStatisticsImporter.forLayout(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("layout");
  }

  @Test
  void one_importer_serves_several_threads_at_once() throws Exception {
    String csv = OPEN_DATA_HEADER + "Ghana,GHA,UNIFIL,Troops,52,818,31/03/2024\n".repeat(500)
        + "Ghana,GHA,UNXYZ,Troops,52,818,31/03/2024\n";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ImportResult>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> read(csv)));
      }
      for (Future<ImportResult> result : results) {
        assertThat(result.get().records()).hasSize(500);
        assertThat(problemLines(result.get())).containsExactly("502 UNKNOWN_MISSION Mission_Acronym");
      }
    } finally {
      pool.shutdown();
    }
  }
}
