package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.serialization.csv.ImportResult;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.TargetAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The main job on the bundled data: how far UN peacekeeping, each contributor and each mission were
 * from the London 2016 gender targets, read from the UN's own monthly statistics.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob};
 * arguments (both optional): the statistics file, and the month-end date to assess (the latest in
 * the file by default).
 */
public final class GenderTargetsOnUnData {

  private static final int TABLE_ROWS = 10;

  private GenderTargetsOnUnData() {}

  /**
   * Runs the example.
   *
   * @param args optional: the CSV file, then a month-end date such as {@code 2014-02-28}
   */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : BundledData.contributionsByGender();
    ImportResult imported = new UnStatisticsImporter().importFile(file);
    if (imported.hasErrors()) {
      imported.errors().forEach(System.err::println);
      throw new IllegalStateException(file + ": " + imported.errors().size() + " rows cannot be imported");
    }
    LocalDate month = args.length > 1 ? LocalDate.parse(args[1]) : latestMonth(imported.records());
    run(imported.records(), file, month, System.out);
  }

  /** Returns the latest reporting date among the records. */
  static LocalDate latestMonth(List<DeploymentRecord> records) {
    return records.stream().map(DeploymentRecord::date).max(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalArgumentException("no records"));
  }

  /**
   * Assesses one month of the imported statistics and prints the report.
   *
   * @param all the records of every month
   * @param file where they come from, for the heading
   * @param month the month-end date to assess
   * @param out where to print
   */
  static void run(List<DeploymentRecord> all, Path file, LocalDate month, PrintStream out) {
    List<DeploymentRecord> records = all.stream().filter(r -> r.date().equals(month)).toList();
    DeploymentSnapshot snapshot = DeploymentSnapshot.of(month, records);
    ValidationContext context = ValidationContext.builder()
        .asOf(month)
        .ruleSets(Set.of(SourceDocument.LDN16, SourceDocument.UGPS28))
        .build();
    CommuniqueValidator validator = CommuniqueValidator.create();

    out.printf("Women in UN peacekeeping on %s, from the UN's statistics (%s, %,d records)%n",
        month, file.getFileName(), records.size());
    out.println("Staff officers are counted with troops in this period; \"experts on mission\""
        + " are taken as military observers.");

    out.printf("%nSystem-wide%n");
    for (Finding finding : validator.assessTargets(snapshot, TargetScope.SYSTEM, context).findings()) {
      out.printf("  %-7s %-22s %s%n", finding.severity(), finding.ruleId(), finding.message());
    }

    ValidationReport byContributor =
        validator.assessTargets(snapshot, TargetScope.CONTRIBUTOR, context);
    out.printf("%nPolice contributors furthest from 20%% women (%s)%n", Rules.LDN16_WOMEN_POLICE_20);
    table(out, byContributor.findings(Rules.LDN16_WOMEN_POLICE_20), "contributor");

    ValidationReport byMission = validator.assessTargets(snapshot, TargetScope.MISSION, context);
    out.printf("%nMissions furthest from 20%% women police (%s)%n", Rules.LDN16_WOMEN_POLICE_20);
    table(out, byMission.findings(Rules.LDN16_WOMEN_POLICE_20), "mission");
  }

  private static void table(PrintStream out, List<Finding> findings, String subject) {
    out.printf("  %-11s %8s %7s %7s %8s%n", subject, "police", "women", "share", "short");
    findings.stream()
        .map(f -> f.assessment().orElseThrow())
        .sorted(Comparator.comparingLong(TargetAssessment::shortfall).reversed()
            .thenComparing(a -> a.subject().orElse("")))
        .limit(TABLE_ROWS)
        .forEach(a -> out.printf(Locale.ROOT, "  %-11s %,8d %,7d %6s%% %,8d%n",
            a.subject().orElse(""),
            a.population().orElse(0),
            a.actual(),
            a.actualShare().map(s -> s.toPercent(1, RoundingMode.HALF_EVEN).toPlainString())
                .orElse("-"),
            a.shortfall()));
    long met = findings.stream().filter(f -> f.assessment().orElseThrow().met()).count();
    out.printf("  %d of %d %ss meet the target%n", met, findings.size(), subject);
  }
}
