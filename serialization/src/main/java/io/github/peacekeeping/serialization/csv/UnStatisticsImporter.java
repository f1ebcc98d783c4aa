package io.github.peacekeeping.serialization.csv;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.contributor.UnknownContributorException;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Imports the UN's peacekeeping contribution statistics from CSV into {@link DeploymentRecord}s,
 * in either {@link UnLayout}, reporting every problem as an {@link ImportProblem} with its stable
 * {@link ProblemCode}, its row and, where one cell is at fault, its column's name and number, and
 * dropping nothing silently.
 *
 * <p>The layout is detected from the header unless the importer was made {@link
 * #forLayout(UnLayout) for one layout}. A header that lacks columns is reported as {@link
 * ProblemCode#MISSING_COLUMNS}, naming them. Every data row is then read on its own: a row with an
 * error yields no record (nothing is guessed) and the rows around it are imported. Malformed CSV
 * (an unbalanced quote, the wrong number of fields) is reported as {@link
 * ProblemCode#MALFORMED_ROW} and reading goes on with the next row the CSV parser can find; a
 * quote that is never closed takes the rest of the input with it, and the message says which lines
 * were lost. Blank lines carry no data and are skipped.
 *
 * <p>How the two layouts become records:
 *
 * <ul>
 *   <li>{@link UnLayout#WIDE}: each row gives one record per personnel category whose total is not
 *       zero. A category of zero personnel yields no record, and no information is lost: a record
 *       of zero personnel would say the same as its absence. "Individual Police" are {@link
 *       PersonnelCategory#INDIVIDUAL_POLICE}, "Formed Police Units" {@link
 *       PersonnelCategory#FORMED_POLICE_UNITS}, "Experts on Mission" {@link
 *       PersonnelCategory#MILITARY_OBSERVERS} (in the UN's reports of this period they are mostly
 *       military observers) and "Troops" {@link PersonnelCategory#CONTINGENT_TROOPS} (staff
 *       officers were counted with troops until 2016, so they are in this number). Every
 *       category's men and women must add up to its total, and the "Total" columns must be the
 *       sums of the categories ({@link ProblemCode#TOTALS_DO_NOT_ADD_UP}).
 *   <li>{@link UnLayout#LONG}: each row gives exactly one record, also when it counts nobody, in
 *       the category {@link PersonnelCategory#fromUnLabel(String)} reads from the personnel type.
 *       Dates may be ISO ({@code 2024-03-31}) or dd/mm/yyyy ({@code 31/03/2024}), row by row.
 * </ul>
 *
 * <p>In both layouts the contributor is the one the ISO-3 column names: that column is
 * authoritative. The name column is checked against it: a name that names a different contributor
 * is an error ({@link ProblemCode#NAME_MISMATCH}); a name that names no known contributor, such as
 * the truncated "The former Yugoslav Republic o" in the 2009–2014 reports, is a warning ({@link
 * ProblemCode#UNRESOLVED_NAME}) and the row is imported. Counts must be whole numbers of digits;
 * missions must be in {@link Mission}'s catalogue.
 *
 * <p>This class is immutable and thread-safe: one importer may read many inputs at once.
 */
public final class UnStatisticsImporter {

  /** Personnel categories of the wide layout, by the prefix of their columns. */
  private static final Map<String, PersonnelCategory> WIDE_CATEGORIES = wideCategories();

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral('/')
      .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral('/')
      .appendValue(ChronoField.YEAR, 4)
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * ISO yyyy-mm-dd with a year of exactly four digits: LocalDate.parse alone also takes
   * "-2013-12-31" and "+12013-12-31", which no UN statistics row means.
   */
  private static final DateTimeFormatter YEAR_MONTH_DAY = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * Reads every row as an array of strings. The source is not closed by Jackson: the caller of
   * {@link #importFrom(Reader, String)} owns its reader.
   */
  private static final ObjectReader ROWS = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build()
      .readerFor(String[].class);

  private final Optional<UnLayout> layout;

  /** Creates an importer that detects the layout of each input from its header. */
  public UnStatisticsImporter() {
    this(Optional.empty());
  }

  private UnStatisticsImporter(Optional<UnLayout> layout) {
    this.layout = layout;
  }

  /**
   * Returns an importer that reads every input in the given layout instead of detecting it.
   *
   * @param layout the layout, not null
   * @return the importer, never null
   * @throws NullPointerException if {@code layout} is null
   */
  public static UnStatisticsImporter forLayout(UnLayout layout) {
    return new UnStatisticsImporter(Optional.of(Objects.requireNonNull(layout, "layout")));
  }

  /**
   * Imports a UTF-8 file.
   *
   * @param file the file, not null
   * @return the records and problems, never null
   * @throws NullPointerException if {@code file} is null
   * @throws ImportException if the file cannot be read or is not valid UTF-8, naming the file
   */
  public ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return importFrom(reader, file.toString());
    } catch (IOException e) {
      throw new ImportException(file.toString(), e);
    }
  }

  /**
   * Imports CSV text, collecting the records and problems in memory. The reader is read to its end
   * and not closed.
   *
   * @param reader the CSV text, not null
   * @param sourceName a name for the source, such as a file name, used in exceptions; not null
   * @return the records and problems, never null
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the reader fails, naming the source
   */
  public ImportResult importFrom(Reader reader, String sourceName) {
    List<DeploymentRecord> records = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    ImportSummary summary = importFrom(reader, sourceName, records::add, problems::add);
    return ImportResult.of(
        records, problems, summary.rowsRead(), summary.layout().orElse(null));
  }

  /**
   * Imports CSV text, passing each record and each problem to a consumer as soon as its row is
   * read, and holding nothing else in memory: inputs of any size can be imported. The problems of
   * a row are passed before its records. The reader is read to its end and not closed.
   *
   * @param reader the CSV text, not null
   * @param sourceName a name for the source, such as a file name, used in exceptions; not null
   * @param records receives the records in the order of the input, not null
   * @param problems receives the problems in the order of the input, not null
   * @return how many rows were read and how many records and problems resulted, never null
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the reader fails, naming the source
   * @throws RuntimeException whatever a consumer throws, unchanged: the import stops there
   */
  public ImportSummary importFrom(
      Reader reader,
      String sourceName,
      Consumer<DeploymentRecord> records,
      Consumer<ImportProblem> problems) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(problems, "problems");
    Session session = new Session(layout, records, problems);
    try (MappingIterator<String[]> rows = ROWS.readValues(reader)) {
      session.run(rows);
    } catch (JacksonIOException e) {
      throw new ImportException(sourceName, e.getCause());
    }
    return session.summary();
  }

  private static Map<String, PersonnelCategory> wideCategories() {
    Map<String, PersonnelCategory> categories = new LinkedHashMap<>();
    categories.put("Individual Police", PersonnelCategory.INDIVIDUAL_POLICE);
    categories.put("Formed Police Units", PersonnelCategory.FORMED_POLICE_UNITS);
    // "Experts on Mission" are mostly military observers in the UN's reports of this period.
    categories.put("Experts on Mission", PersonnelCategory.MILITARY_OBSERVERS);
    // Staff officers were counted with troops until 2016.
    categories.put("Troops", PersonnelCategory.CONTINGENT_TROOPS);
    return categories;
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  /** The state of one import: not shared between threads. */
  private static final class Session {
    private final Optional<UnLayout> requested;
    private final Consumer<DeploymentRecord> records;
    private final Consumer<ImportProblem> problems;

    private UnLayout layout;
    private String[] header;
    private long headerLine = 1;
    private Map<String, Integer> columns;
    private boolean stopped;
    private long rowsRead;
    private long recordCount;
    private long errorCount;
    private long warningCount;
    /** dated[date]: {women, men} of the records passed on for that date, for the bound. */
    private final Map<LocalDate, long[]> dated = new HashMap<>();

    Session(
        Optional<UnLayout> requested,
        Consumer<DeploymentRecord> records,
        Consumer<ImportProblem> problems) {
      this.requested = requested;
      this.records = records;
      this.problems = problems;
    }

    ImportSummary summary() {
      return ImportSummary.of(rowsRead, layout, recordCount, errorCount, warningCount);
    }

    void run(MappingIterator<String[]> rows) {
      TokenStreamLocation lastFailure = null;
      while (!stopped) {
        long start = -1;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          start = rows.currentLocation().getLineNr();
          row(start, rows.nextValue());
        } catch (JacksonIOException e) {
          throw e;
        } catch (JacksonException e) {
          TokenStreamLocation at = e.getLocation();
          long end = at == null ? start : at.getLineNr();
          malformed(start > 0 ? start : Math.max(end, 1), end, e.getOriginalMessage());
          // The parser resumes after the bad row; if it cannot move on, stop rather than loop.
          if (at != null && lastFailure != null && at.getCharOffset() == lastFailure.getCharOffset()
              && at.getLineNr() == lastFailure.getLineNr()) {
            break;
          }
          lastFailure = at;
        }
      }
      if (header == null && !stopped) {
        report(ImportProblem.of(ProblemCode.MISSING_HEADER, CsvLocation.ofFile(),
            "the input is empty: no header and no data"));
      } else if (header != null && !stopped && rowsRead == 0) {
        report(ImportProblem.of(ProblemCode.NO_DATA_ROWS, CsvLocation.ofFile(),
            "the input holds the header of the " + layout + " layout and no data row"));
      }
    }

    private void malformed(long row, long end, String why) {
      if (header == null) {
        report(ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(row),
            "the header is not valid CSV (" + why + "); nothing was imported"));
        stopped = true;
        return;
      }
      rowsRead++;
      String lines = end > row ? " (lines " + row + " to " + end + " could not be read)" : "";
      report(ImportProblem.of(
          ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(row), "not valid CSV: " + why + lines));
    }

    private void row(long line, String[] fields) {
      if (isBlank(fields)) {
        return;
      }
      if (header == null) {
        headerLine = line;
        readHeader(fields);
        return;
      }
      rowsRead++;
      List<ImportProblem> found = new ArrayList<>();
      List<DeploymentRecord> made = new ArrayList<>();
      if (fields.length != header.length) {
        found.add(ImportProblem.of(ProblemCode.MALFORMED_ROW, CsvLocation.ofRow(line),
            "expected " + header.length + " fields as in the header, found " + fields.length));
      } else {
        Row row = new Row(line, fields, found);
        if (layout == UnLayout.WIDE) {
          wide(row, made);
        } else {
          longRow(row, made);
        }
      }
      boolean error = false;
      for (ImportProblem problem : found) {
        report(problem);
        error |= problem.isError();
      }
      if (!error && withinSnapshotBound(line, made)) {
        for (DeploymentRecord record : made) {
          records.accept(record);
          recordCount++;
        }
      }
    }

    /**
     * Tells whether the row's records keep the records of their date within what one deployment
     * snapshot holds ({@link Bounds#MAX_PERSONNEL} women and as many men), so that a caller can
     * build the date's snapshot from them; if not, reports the row and passes none of them on.
     */
    private boolean withinSnapshotBound(long line, List<DeploymentRecord> made) {
      if (made.isEmpty()) {
        return true;
      }
      LocalDate date = made.get(0).date(); // one row, one date
      long[] sums = dated.computeIfAbsent(date, d -> new long[2]);
      // Every count is within the bound and the sums are kept within it: no addition overflows.
      long women = sums[0];
      long men = sums[1];
      for (DeploymentRecord record : made) {
        women += record.personnel().women();
        men += record.personnel().men();
      }
      if (women > Bounds.MAX_PERSONNEL || men > Bounds.MAX_PERSONNEL) {
        report(ImportProblem.of(ProblemCode.TOTALS_DO_NOT_ADD_UP, CsvLocation.ofRow(line),
            "the records of " + date + " would hold more than " + Bounds.MAX_PERSONNEL
                + " women or men together, more than a deployment snapshot holds; the row was"
                + " not taken"));
        return false;
      }
      sums[0] = women;
      sums[1] = men;
      return true;
    }

    private void report(ImportProblem problem) {
      problems.accept(problem);
      if (problem.isError()) {
        errorCount++;
      } else {
        warningCount++;
      }
    }

    private static boolean isBlank(String[] fields) {
      for (String field : fields) {
        if (!field.isBlank()) {
          return false;
        }
      }
      return true;
    }

    private void readHeader(String[] fields) {
      String[] names = fields.clone();
      // A byte order mark, which spreadsheet programs write, is not part of the first name.
      if (names[0].startsWith("\uFEFF")) {
        names[0] = names[0].substring(1);
      }
      Map<String, Integer> byName = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        names[i] = names[i].strip();
        byName.putIfAbsent(key(names[i]), i);
      }
      List<UnLayout> candidates = requested.map(List::of).orElse(List.of(UnLayout.values()));
      UnLayout best = null;
      List<String> bestMissing = null;
      for (UnLayout candidate : candidates) {
        List<String> missing = new ArrayList<>();
        for (String column : candidate.requiredColumns()) {
          if (!byName.containsKey(key(column))) {
            missing.add(column);
          }
        }
        if (bestMissing == null || missing.size() < bestMissing.size()) {
          best = candidate;
          bestMissing = missing;
        }
      }
      if (!bestMissing.isEmpty()) {
        report(ImportProblem.of(ProblemCode.MISSING_COLUMNS, CsvLocation.ofRow(headerLine),
            "the header " + List.of(names) + " is not the " + best + " layout"
                + (requested.isPresent() ? "" : " nor any other")
                + ": missing columns " + bestMissing + "; no row was read"));
        stopped = true;
        return;
      }
      header = names;
      columns = byName;
      layout = best;
    }

    private void wide(Row row, List<DeploymentRecord> made) {
      LocalDate date = row.date("Date");
      Contributor contributor = row.contributor("Contributor ISO-3", "Contributor");
      Mission mission = row.mission("Mission");
      long totalMen = 0;
      long totalWomen = 0;
      long totalAll = 0;
      boolean countsRead = true;
      Map<PersonnelCategory, PersonnelCount> counts = new LinkedHashMap<>();
      for (Map.Entry<String, PersonnelCategory> category : WIDE_CATEGORIES.entrySet()) {
        PersonnelCount count = row.genderCounts(category.getKey());
        if (count == null) {
          countsRead = false;
        } else {
          counts.put(category.getValue(), count);
          // A few counts within Bounds.MAX_PERSONNEL each: these sums cannot overflow.
          totalMen += count.men();
          totalWomen += count.women();
          totalAll += count.total();
        }
      }
      PersonnelCount total = row.genderCounts("Total");
      if (countsRead && total != null) {
        row.sums("Total Male", total.men(), totalMen, "men");
        row.sums("Total Female", total.women(), totalWomen, "women");
        row.sums("Total Total", total.total(), totalAll, "personnel");
      }
      if (date == null || contributor == null || mission == null || !countsRead) {
        return;
      }
      counts.forEach((category, count) -> {
        if (!count.isZero()) {
          made.add(DeploymentRecord.of(date, contributor, mission, category, count));
        }
      });
    }

    private void longRow(Row row, List<DeploymentRecord> made) {
      LocalDate date = row.date("Last_Reporting_Date");
      Contributor contributor = row.contributor("ISOCode3", "Contributing_Country");
      Mission mission = row.mission("Mission_Acronym");
      PersonnelCategory category = row.category("Personnel_Type");
      Long women = row.count("Female_Personnel");
      Long men = row.count("Male_Personnel");
      if (date == null || contributor == null || mission == null || category == null
          || women == null || men == null) {
        return;
      }
      made.add(DeploymentRecord.of(
          date, contributor, mission, category, PersonnelCount.of(women, men)));
    }

    /** One data row, resolving its fields and collecting its problems. */
    private final class Row {
      private final long line;
      private final String[] fields;
      private final List<ImportProblem> found;

      Row(long line, String[] fields, List<ImportProblem> found) {
        this.line = line;
        this.fields = fields;
        this.found = found;
      }

      /** The cell of the column in this row: its name as the header spells it, its position. */
      private CsvLocation cell(String name) {
        int index = columns.get(key(name));
        return CsvLocation.ofCell(line, header[index], index + 1);
      }

      private String value(String name) {
        return fields[columns.get(key(name))].strip();
      }

      void problem(String name, ProblemCode code, String message) {
        found.add(ImportProblem.of(code, cell(name), message));
      }

      LocalDate date(String name) {
        String text = value(name);
        try {
          return text.indexOf('/') >= 0
              ? LocalDate.parse(text, DAY_MONTH_YEAR)
              : LocalDate.parse(text, YEAR_MONTH_DAY);
        } catch (DateTimeParseException e) {
          problem(name, ProblemCode.BAD_DATE,
              "'" + text + "' is not a date (ISO yyyy-mm-dd or dd/mm/yyyy)");
          return null;
        }
      }

      Contributor contributor(String codeColumn, String nameColumn) {
        String code = value(codeColumn);
        Contributor contributor;
        try {
          contributor = Contributor.parse(code);
        } catch (UnknownContributorException e) {
          problem(codeColumn, ProblemCode.UNKNOWN_CONTRIBUTOR,
              "'" + code + "' is not the code of a known contributor");
          return null;
        }
        String name = value(nameColumn);
        Optional<Contributor> named = Contributor.findByName(name);
        if (named.isEmpty()) {
          problem(nameColumn, ProblemCode.UNRESOLVED_NAME,
              "'" + name + "' is not a known contributor's name; the code " + code + " ("
                  + contributor.name() + ") was used");
        } else if (!named.get().equals(contributor)) {
          problem(nameColumn, ProblemCode.NAME_MISMATCH,
              "'" + name + "' names " + named.get().code() + " (" + named.get().name()
                  + "), but the code column says " + contributor.code() + " ("
                  + contributor.name() + ")");
          return null;
        }
        return contributor;
      }

      Mission mission(String name) {
        String acronym = value(name);
        Optional<Mission> mission = Mission.find(acronym);
        if (mission.isEmpty()) {
          problem(name, ProblemCode.UNKNOWN_MISSION,
              "'" + acronym + "' is not the acronym of a catalogued mission");
          return null;
        }
        return mission.get();
      }

      PersonnelCategory category(String name) {
        String label = value(name);
        try {
          return PersonnelCategory.fromUnLabel(label);
        } catch (IllegalArgumentException e) {
          problem(name, ProblemCode.UNKNOWN_PERSONNEL_TYPE,
              "'" + label + "' is not a personnel type of the UN's statistics");
          return null;
        }
      }

      Long count(String name) {
        String text = value(name);
        if (!DIGITS.matcher(text).matches()) {
          problem(name, ProblemCode.BAD_NUMBER, text.startsWith("-") && DIGITS.matcher(
              text.substring(1)).matches()
                  ? "'" + text + "' is negative; a count must be zero or more"
                  : "'" + text + "' is not a count (digits only)");
          return null;
        }
        // Digits only: past leading zeros, more than 18 of them are beyond the bound, and
        // parseLong cannot fail on 18 or fewer.
        String digits = text.replaceFirst("^0+(?=.)", "");
        long count = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (count > Bounds.MAX_PERSONNEL) {
          problem(name, ProblemCode.BAD_NUMBER, "'" + text
              + "' is too large for a count: must be at most " + Bounds.MAX_PERSONNEL);
          return null;
        }
        return count;
      }

      /** Reads "prefix Male", "prefix Female" and "prefix Total" and checks they add up. */
      PersonnelCount genderCounts(String prefix) {
        Long men = count(prefix + " Male");
        Long women = count(prefix + " Female");
        Long total = count(prefix + " Total");
        if (men == null || women == null || total == null) {
          return null;
        }
        PersonnelCount count = PersonnelCount.of(women, men); // each within the bound
        if (count.total() != total) {
          problem(prefix + " Total", ProblemCode.TOTALS_DO_NOT_ADD_UP,
              prefix + ": " + men + " men and " + women + " women make " + count.total()
                  + ", but the total says " + total);
          return null;
        }
        return count;
      }

      void sums(String name, long stated, long sum, String who) {
        if (stated != sum) {
          problem(name, ProblemCode.TOTALS_DO_NOT_ADD_UP,
              "the categories add up to " + sum + " " + who + ", but '" + name + "' says "
                  + stated);
        }
      }
    }
  }
}
