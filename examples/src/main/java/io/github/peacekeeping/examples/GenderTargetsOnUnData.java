package io.github.peacekeeping.examples;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.personnel.Share;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.serialization.csv.ImportResult;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import io.github.peacekeeping.validation.AssessmentStage;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The main job on the bundled data: how far UN peacekeeping, each contributor and each mission were
 * from the London 2016 gender targets, read from the UN's own monthly statistics.
 *
 * <p>What a newcomer learns here: that targets are assessed <em>as of</em> an evaluation date the
 * caller chooses (the library never reads the clock), here {@link #AS_OF}, the deadline of the 20%
 * women police target; that {@link CommuniqueValidator#assessTargets(Iterable, TargetScope,
 * ValidationContext)} takes the series of monthly snapshots up to that date and judges a target
 * whose deadline has come on the latest figures dated on or before the deadline, and reports
 * progress towards the others on the latest figures up to the evaluation date; and that every
 * finding's {@link TargetAssessment} says which figures it rests on ({@link
 * TargetAssessment#figuresOn()}) and which question it answers ({@link TargetAssessment#stage()}).
 * The bundled file ends in February 2014, so the 20% target due on 2014-12-31 is judged on the
 * figures of 2014-02-28, and the output says so.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob}; arguments (both optional, with {@code -Dexec.args}): the statistics file, and the
 * evaluation date ({@link #AS_OF} by default).
 */
public final class GenderTargetsOnUnData {

  /**
   * The evaluation date, chosen for this example: the deadline of the 20% women police target (the
   * 2009 Global Effort's, which the London communiqué restates), so that its verdict is given; the
   * later targets are still progress on that date.
   */
  static final LocalDate AS_OF = LocalDate.of(2014, 12, 31);

  private static final int TABLE_ROWS = 10;

  private GenderTargetsOnUnData() {}

  /**
   * Runs the example.
   *
   * @param args optional: the CSV file, then the evaluation date such as {@code 2014-12-31}
   */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : BundledData.contributionsByGender();
    ImportResult imported = new UnStatisticsImporter().importFile(file);
    if (imported.hasErrors()) {
      imported.errors().forEach(System.err::println);
      throw new IllegalStateException(
          file + ": " + imported.errors().size() + " rows cannot be imported");
    }
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : AS_OF;
    run(imported.records(), file, asOf, System.out);
  }

  /**
   * Returns the monthly snapshots dated on or before a day, in date order.
   *
   * @param records the records of every month
   * @param asOf the last day
   * @return one snapshot per reporting date on or before {@code asOf}
   */
  static List<DeploymentSnapshot> monthsUpTo(List<DeploymentRecord> records, LocalDate asOf) {
    Map<LocalDate, List<DeploymentRecord>> byDate = new TreeMap<>();
    for (DeploymentRecord record : records) {
      if (!record.date().isAfter(asOf)) {
        byDate.computeIfAbsent(record.date(), d -> new ArrayList<>()).add(record);
      }
    }
    List<DeploymentSnapshot> months = new ArrayList<>();
    byDate.forEach((date, list) -> months.add(DeploymentSnapshot.of(date, list)));
    return months;
  }

  /**
   * Assesses the imported statistics as of an evaluation date and prints the report.
   *
   * @param all the records of every month
   * @param file where they come from, for the heading
   * @param asOf the evaluation date
   * @param out where to print
   * @throws IllegalArgumentException if no figures are dated on or before {@code asOf}
   */
  static void run(List<DeploymentRecord> all, Path file, LocalDate asOf, PrintStream out) {
    List<DeploymentSnapshot> months = monthsUpTo(all, asOf);
    if (months.isEmpty()) {
      throw new IllegalArgumentException("asOf: the statistics hold no figures dated on or before "
          + asOf + " (the first are of " + all.stream().map(DeploymentRecord::date)
              .min(Comparator.naturalOrder()).map(LocalDate::toString).orElse("no date") + ")");
    }
    DeploymentSnapshot latest = months.get(months.size() - 1);
    long later = all.stream().map(DeploymentRecord::date).filter(d -> d.isAfter(asOf)).distinct()
        .count();
    ValidationContext context = ValidationContext.builder()
        .asOf(asOf)
        .ruleSets(Set.of(SourceDocument.LDN16, SourceDocument.UGPS28))
        .build();
    CommuniqueValidator validator = CommuniqueValidator.create();

    out.printf("Women in UN peacekeeping, from the UN's statistics (%s: %d months, %s to %s)%n",
        file.getFileName(), months.size(), months.get(0).date(), latest.date());
    out.printf("Evaluated as of %s%s.%n", asOf, asOf.equals(AS_OF)
        ? ", chosen for this example: the deadline of the 20% women police target"
        : ", the date given");
    out.printf("The latest figures on or before %s are those of %s (%,d records).%n", asOf,
        latest.date(), latest.records().size());
    if (later > 0) {
      out.printf("%d later months, dated after %s, are not evaluated.%n", later, asOf);
    }
    out.println("Staff officers are counted with troops in this period; \"experts on mission\""
        + " are taken as military observers.");

    out.printf("%nSystem-wide%n");
    ValidationReport system = validator.assessTargets(months, TargetScope.SYSTEM, context);
    for (Finding finding : system.findings()) {
      out.printf("  %-7s %-22s %s%n", finding.severity(), finding.ruleId(), finding.message());
    }
    system.findings(Rules.LDN16_WOMEN_POLICE_20).stream()
        .map(f -> f.assessment().orElseThrow())
        .filter(a -> a.stage() != AssessmentStage.SINCE_DEADLINE)
        .forEach(a -> out.printf("%n%s%n", restsOn(a)));

    ValidationReport byContributor =
        validator.assessTargets(months, TargetScope.CONTRIBUTOR, context);
    List<Finding> contributors = judged(byContributor.findings(Rules.LDN16_WOMEN_POLICE_20));
    out.printf("%nPolice contributors furthest from 20%% women %s (%s)%n", when(contributors),
        Rules.LDN16_WOMEN_POLICE_20);
    table(out, contributors, "contributor");

    ValidationReport byMission = validator.assessTargets(months, TargetScope.MISSION, context);
    List<Finding> missions = judged(byMission.findings(Rules.LDN16_WOMEN_POLICE_20));
    out.printf("%nMissions furthest from 20%% women police %s (%s)%n", when(missions),
        Rules.LDN16_WOMEN_POLICE_20);
    table(out, missions, "mission");
  }

  /**
   * Says what an assessment rests on, in words: "The 20% target due 2014-12-31 is judged on the
   * latest figures on or before it, those of 2014-02-28: missed, 1,287 women short."
   *
   * @param a a verdict or progress assessment of a share target
   * @return the sentence, never null
   */
  static String restsOn(TargetAssessment a) {
    String target = a.targetShare().map(GenderTargetsOnUnData::percent).orElse("the") + " target";
    if (a.stage() == AssessmentStage.AT_DEADLINE) {
      return String.format(Locale.ROOT,
          "The %s due %s is judged on the latest figures on or before it, those of %s: %s.",
          target, a.deadline().orElseThrow(), a.figuresOn(),
          a.met() ? "met" : String.format(Locale.ROOT, "missed, %,d women short", a.shortfall()));
    }
    return String.format(Locale.ROOT,
        "The %s%s is not due yet: progress on the figures of %s, %s.", target,
        a.deadline().map(d -> " due " + d).orElse(""), a.figuresOn(),
        a.met() ? "met" : String.format(Locale.ROOT, "%,d women short", a.shortfall()));
  }

  /** The findings that answer the target's question on the evaluation date: not the later ones. */
  private static List<Finding> judged(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.assessment().orElseThrow().stage() != AssessmentStage.SINCE_DEADLINE)
        .toList();
  }

  /** "by the deadline 2014-12-31, on the figures of 2014-02-28", or for progress "on ...". */
  private static String when(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "(no figures)";
    }
    TargetAssessment a = findings.get(0).assessment().orElseThrow();
    return (a.stage() == AssessmentStage.AT_DEADLINE
        ? "by the deadline " + a.deadline().orElseThrow() + ", " : "")
        + "on the figures of " + a.figuresOn();
  }

  private static String percent(Share share) {
    return share.toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
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
    boolean verdict = !findings.isEmpty()
        && findings.get(0).assessment().orElseThrow().stage() == AssessmentStage.AT_DEADLINE;
    out.printf("  %d of %d %ss %s the target%n", met, findings.size(), subject,
        verdict ? "met" : "meet");
  }
}
