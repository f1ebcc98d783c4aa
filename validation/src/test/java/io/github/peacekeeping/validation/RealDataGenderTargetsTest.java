package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.target.TargetScope;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The London gender targets on real UN figures: the contributions by gender at the end of February
 * 2014, from the bundled {@code data/un-contributions-by-gender-2009-2014.csv}.
 *
 * <p>The expected figures are computed here from the file's raw columns, independently of the
 * library: summing the {@code Female} and {@code Total} columns of the rows concerned. In this
 * period the UN counted staff officers with troops, so the file's "Troops" become contingent troops
 * and the staff-officer and military-observer target sees only the "Experts on Mission" (military
 * observers, mostly).
 */
class RealDataGenderTargetsTest {

  static final Path FILE = Path.of("..", "data", "un-contributions-by-gender-2009-2014.csv");
  static final String DATE = "2014-02-28";
  static final LocalDate SNAPSHOT_DATE = LocalDate.parse(DATE);
  static final ValidationContext CONTEXT = ValidationContext.asOf(SNAPSHOT_DATE);

  /** The file's personnel types and the categories they are read as. */
  static final Map<String, PersonnelCategory> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("Individual Police", PersonnelCategory.INDIVIDUAL_POLICE);
    TYPES.put("Formed Police Units", PersonnelCategory.FORMED_POLICE_UNITS);
    TYPES.put("Experts on Mission", PersonnelCategory.MILITARY_OBSERVERS);
    TYPES.put("Troops", PersonnelCategory.CONTINGENT_TROOPS);
  }

  static List<String> header;
  static List<List<String>> rows;
  static DeploymentSnapshot snapshot;

  @BeforeAll
  static void read() throws IOException {
    if (!Files.isRegularFile(FILE)) {
      fail("The bundled real data is missing: expected " + FILE.toAbsolutePath().normalize()
          + " (the repository's data/ directory, one level above the module)");
    }
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    header = fields(lines.get(0));
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        List<String> row = fields(line);
        assertThat(row).as("fields of " + line).hasSameSizeAs(header);
        if (row.get(column("Date")).equals(DATE)) {
          rows.add(row);
        }
      }
    }
    assertThat(rows).as("rows dated " + DATE).isNotEmpty();
    snapshot = DeploymentSnapshot.of(SNAPSHOT_DATE, records(rows));
  }

  /** Splits a line of the file: comma-separated, fields optionally in quotes, "" for a quote. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  static int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      fail("column '" + name + "' not in the header " + header);
    }
    return index;
  }

  static long value(List<String> row, String name) {
    return Long.parseLong(row.get(column(name)).strip());
  }

  /** The library's records: one per row and personnel type, women and men from the file. */
  static List<DeploymentRecord> records(List<List<String>> rows) {
    List<DeploymentRecord> records = new ArrayList<>();
    for (List<String> row : rows) {
      MemberState contributor = MemberState.of(row.get(column("Contributor ISO-3")));
      Mission mission = Mission.of(row.get(column("Mission")));
      for (Map.Entry<String, PersonnelCategory> type : TYPES.entrySet()) {
        PersonnelCount count = PersonnelCount.of(
            value(row, type.getKey() + " Female"), value(row, type.getKey() + " Male"));
        if (!count.isZero()) {
          records.add(DeploymentRecord.of(
              SNAPSHOT_DATE, contributor, mission, type.getValue(), count));
        }
      }
    }
    return records;
  }

  // ---- the independent computation: raw columns summed, nothing from the library ----

  /** Women and total of some personnel types over the rows that match. */
  record Raw(long women, long total) {
    long required(int percent) {
      return (total * percent + 99) / 100;
    }

    long shortfall(int percent) {
      return Math.max(0, required(percent) - women);
    }

    String percent() {
      return BigDecimal.valueOf(women).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_EVEN)
          .stripTrailingZeros().toPlainString() + "%";
    }
  }

  static Raw raw(Predicate<List<String>> which, String... types) {
    long women = 0;
    long total = 0;
    for (List<String> row : rows) {
      if (which.test(row)) {
        for (String type : types) {
          women += value(row, type + " Female");
          total += value(row, type + " Total");
        }
      }
    }
    return new Raw(women, total);
  }

  static Map<String, Raw> rawBy(String keyColumn, String... types) {
    Map<String, Raw> byKey = new TreeMap<>();
    for (List<String> row : rows) {
      String key = row.get(column(keyColumn));
      byKey.computeIfAbsent(key, k -> raw(r -> r.get(column(keyColumn)).equals(k), types));
    }
    byKey.values().removeIf(r -> r.total() == 0);
    return byKey;
  }

  static final String[] POLICE = {"Individual Police", "Formed Police Units"};
  static final String[] OBSERVERS = {"Experts on Mission"};

  static void assertShare(Finding finding, Raw expected, int percent) {
    TargetAssessment a = finding.assessment().orElseThrow();
    assertThat(a.actual()).as("women").isEqualTo(expected.women());
    assertThat(a.population()).as("population").hasValue(expected.total());
    assertThat(a.required()).as("required").isEqualTo(expected.required(percent));
    assertThat(a.shortfall()).as("shortfall").isEqualTo(expected.shortfall(percent));
    assertThat(a.met()).isEqualTo(expected.shortfall(percent) == 0);
    assertThat(a.actualShare()).contains(Share.of(expected.women(), expected.total()));
    assertThat(a.targetShare()).contains(Share.ofPercent(percent));
  }

  /** The figures of February 2014 asked about today: judged on the deadlines since passed. */
  static final ValidationContext ASKED_IN_2026 = ValidationContext.asOf(LocalDate.of(2026, 12, 1));

  static List<Finding> assess(TargetScope scope, String ruleId) {
    return assess(scope, ruleId, CONTEXT);
  }

  static List<Finding> assess(TargetScope scope, String ruleId, ValidationContext context) {
    return CommuniqueValidator.create().assessTargets(snapshot, scope, context).findings(ruleId);
  }

  @Test
  void the_snapshot_holds_every_row_of_the_month() {
    assertThat(rows).hasSize(572);
    assertThat(snapshot.records()).allSatisfy(r -> assertThat(r.date()).isEqualTo(SNAPSHOT_DATE));
    Raw everyone = raw(r -> true, TYPES.keySet().toArray(String[]::new));
    long totalColumn = rows.stream().mapToLong(r -> value(r, "Total Total")).sum();
    assertThat(everyone.total()).isEqualTo(totalColumn);
    assertThat(snapshot.total(java.util.EnumSet.allOf(PersonnelCategory.class)).total())
        .isEqualTo(totalColumn);
  }

  @Test
  void women_police_system_wide_missed_20_percent_by_the_end_of_2014_as_an_error() {
    Raw expected = raw(r -> true, POLICE);

    List<Finding> findings = assess(TargetScope.SYSTEM, Rules.LDN16_WOMEN_POLICE_20,
        ASKED_IN_2026);

    // February 2014 is the latest month on or before the deadline, and the latest of all: one
    // finding, the verdict.
    assertThat(findings).singleElement().satisfies(finding -> {
      assertShare(finding, expected, 20);
      TargetAssessment a = finding.assessment().orElseThrow();
      assertThat(a.scope()).isEqualTo(TargetScope.SYSTEM);
      assertThat(a.subject()).isEmpty();
      assertThat(a.deadline()).contains(LocalDate.of(2014, 12, 31));
      assertThat(a.stage()).isEqualTo(AssessmentStage.AT_DEADLINE);
      assertThat(a.figuresOn()).isEqualTo(SNAPSHOT_DATE);
      assertThat(a.met()).isFalse();
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.path()).isEqualTo(FindingPath.root());
      assertThat(finding.message()).isEqualTo(String.format(Locale.ROOT,
          "Missed by the deadline 2014-12-31: on 2014-02-28, women were %,d of %,d (%s), %,d"
              + " short of the 20%% target (%s)", expected.women(), expected.total(),
          expected.percent(), expected.shortfall(20),
          io.github.peacekeeping.core.target.Targets.LDN16_WOMEN_POLICE_20.description()));
    });
  }

  @Test
  void women_police_system_wide_in_february_2014_are_progress_towards_the_end_of_2014() {
    Raw expected = raw(r -> true, POLICE);

    assertThat(assess(TargetScope.SYSTEM, Rules.LDN16_WOMEN_POLICE_20)).singleElement()
        .satisfies(finding -> {
          assertShare(finding, expected, 20);
          assertThat(finding.severity()).isEqualTo(Severity.INFO);
          assertThat(finding.assessment().orElseThrow().stage())
              .isEqualTo(AssessmentStage.PROGRESS);
          assertThat(finding.message()).startsWith("On 2014-02-28, women are");
        });
  }

  @Test
  void women_staff_officers_and_observers_system_wide_are_info_before_the_2017_deadline() {
    Raw expected = raw(r -> true, OBSERVERS);

    List<Finding> findings = assess(TargetScope.SYSTEM, Rules.LDN16_WOMEN_SO_MO_15);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertShare(finding, expected, 15);
      TargetAssessment a = finding.assessment().orElseThrow();
      assertThat(a.met()).isFalse();
      assertThat(a.deadline()).contains(LocalDate.of(2017, 12, 31));
      assertThat(finding.severity()).isEqualTo(Severity.INFO);
      assertThat(finding.message()).isEqualTo(String.format(Locale.ROOT,
          "On 2014-02-28, women are %,d of %,d (%s), %,d short of the 15%% target by 2017-12-31"
              + " (%s)",
          expected.women(), expected.total(), expected.percent(), expected.shortfall(15),
          io.github.peacekeeping.core.target.Targets.LDN16_WOMEN_SO_MO_15.description()));
    });
  }

  @Test
  void women_police_per_contributor_are_warnings_where_short_and_info_where_met() {
    Map<String, Raw> expected = rawBy("Contributor ISO-3", POLICE);

    List<Finding> findings = assess(TargetScope.CONTRIBUTOR, Rules.LDN16_WOMEN_POLICE_20,
        ASKED_IN_2026);

    assertThat(findings).extracting(f -> f.assessment().orElseThrow().subject().orElseThrow())
        .containsExactlyElementsOf(expected.keySet());
    for (Finding finding : findings) {
      String code = finding.assessment().orElseThrow().subject().orElseThrow();
      Raw raw = expected.get(code);
      assertShare(finding, raw, 20);
      assertThat(finding.assessment().orElseThrow().scope()).isEqualTo(TargetScope.CONTRIBUTOR);
      assertThat(finding.path()).hasToString(code);
      assertThat(finding.severity()).as(code)
          .isEqualTo(raw.shortfall(20) == 0 ? Severity.INFO : Severity.WARNING);
      assertThat(finding.message()).startsWith(code + (raw.shortfall(20) == 0
          ? ": met by the deadline 2014-12-31: on 2014-02-28, women were "
          : ": missed by the deadline 2014-12-31: on 2014-02-28, women were "));
    }
    // Both outcomes occur on the real figures, so both branches are exercised.
    assertThat(findings).extracting(Finding::severity).contains(Severity.INFO, Severity.WARNING);
  }

  @Test
  void women_observers_per_contributor_are_all_info_before_the_deadline() {
    Map<String, Raw> expected = rawBy("Contributor ISO-3", OBSERVERS);

    List<Finding> findings = assess(TargetScope.CONTRIBUTOR, Rules.LDN16_WOMEN_SO_MO_15);

    assertThat(findings).hasSize(expected.size());
    for (Finding finding : findings) {
      String code = finding.assessment().orElseThrow().subject().orElseThrow();
      assertShare(finding, expected.get(code), 15);
      assertThat(finding.severity()).isEqualTo(Severity.INFO);
    }
    assertThat(findings).anyMatch(f -> !f.assessment().orElseThrow().met());
  }

  @Test
  void women_police_in_unmiss_match_the_file() {
    Raw expected = raw(r -> r.get(column("Mission")).equals("UNMISS"), POLICE);

    List<Finding> findings = assess(TargetScope.MISSION, Rules.LDN16_WOMEN_POLICE_20,
        ASKED_IN_2026);

    assertThat(findings).extracting(f -> f.assessment().orElseThrow().subject().orElseThrow())
        .containsExactlyElementsOf(rawBy("Mission", POLICE).keySet());
    Finding unmiss = findings.stream()
        .filter(f -> f.assessment().orElseThrow().subject().orElseThrow().equals("UNMISS"))
        .findFirst().orElseThrow();
    assertShare(unmiss, expected, 20);
    assertThat(unmiss.assessment().orElseThrow().scope()).isEqualTo(TargetScope.MISSION);
    assertThat(unmiss.severity())
        .isEqualTo(expected.shortfall(20) == 0 ? Severity.INFO : Severity.WARNING);
    assertThat(unmiss.message()).startsWith("UNMISS: missed by the deadline 2014-12-31: on"
        + " 2014-02-28, women were " + String.format(Locale.ROOT,
        "%,d of %,d (%s)", expected.women(), expected.total(), expected.percent()));
  }

  @Test
  void the_parser_reads_quoted_commas_and_quotes() {
    assertThat(fields("\"1\",2014-02-28,\"Korea, Republic of\",\"KOR\",\"a \"\"b\"\"\",3"))
        .containsExactly("1", "2014-02-28", "Korea, Republic of", "KOR", "a \"b\"", "3");
  }
}
