package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small reader of the "wide" layout of the UN's contributions-by-gender statistics
 * ({@code data/un-contributions-by-gender-2009-2014.csv}), enough for the examples: it reads the
 * rows of one month into deployment records, resolving contributors by their ISO-3 column and
 * missions by acronym, and stops at the first malformed row with its line number.
 *
 * <p>The serialization module's importer (both UN layouts, every problem reported, nothing
 * dropped) is the one to use in an application.
 */
final class UnContributionsCsv {

  /** Personnel types of the wide layout, by the prefix of their columns. */
  private static final Map<String, PersonnelCategory> TYPES = Map.of(
      "Individual Police", PersonnelCategory.INDIVIDUAL_POLICE,
      "Formed Police Units", PersonnelCategory.FORMED_POLICE_UNITS,
      // "Experts on Mission" are mostly military observers; staff officers are counted with troops
      // in this period.
      "Experts on Mission", PersonnelCategory.MILITARY_OBSERVERS,
      "Troops", PersonnelCategory.CONTINGENT_TROOPS);

  private UnContributionsCsv() {}

  /** Returns the latest month-end date in the file. */
  static LocalDate latestMonth(Path file) {
    LocalDate latest = LocalDate.MIN;
    List<String[]> rows = rows(file);
    for (String[] row : rows.subList(1, rows.size())) {
      LocalDate date = LocalDate.parse(row[1]);
      if (date.isAfter(latest)) {
        latest = date;
      }
    }
    return latest;
  }

  /** Reads the records of one month. */
  static List<DeploymentRecord> read(Path file, LocalDate month) {
    List<String[]> rows = rows(file);
    String[] header = rows.get(0);
    List<DeploymentRecord> records = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (row.length != header.length) {
        throw new IllegalArgumentException(file + ", line " + (i + 1) + ": expected "
            + header.length + " fields, found " + row.length);
      }
      LocalDate date = LocalDate.parse(row[1]);
      if (!date.equals(month)) {
        continue;
      }
      MemberState contributor = MemberState.of(row[3]);
      Mission mission = Mission.of(row[4]);
      for (int column = 5; column + 2 < header.length; column += 3) {
        String type = header[column].substring(0, header[column].length() - " Male".length());
        PersonnelCategory category = TYPES.get(type);
        if (category == null) {
          continue; // the "Total" columns
        }
        PersonnelCount count = PersonnelCount.of(
            Long.parseLong(row[column + 1]), Long.parseLong(row[column]));
        if (count.total() != Long.parseLong(row[column + 2])) {
          throw new IllegalArgumentException(file + ", line " + (i + 1) + ": " + type
              + " male and female do not add up to the total");
        }
        if (!count.isZero()) {
          records.add(DeploymentRecord.of(date, contributor, mission, category, count));
        }
      }
    }
    return records;
  }

  private static List<String[]> rows(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        rows.add(split(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Splits a line of comma-separated fields, some in double quotes (no embedded quotes here). */
  private static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
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
    return fields.toArray(String[]::new);
  }
}
