package io.github.peacekeeping.cli;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.validation.AssessmentStage;
import io.github.peacekeeping.validation.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

  private static final String RULE = "LDN16-WOMEN-POLICE-20";

  private static TargetView view(String subject, AssessmentStage stage, String figuresOn,
      long actual, long required, Severity severity) {
    return new TargetView(RULE, severity, "CONTRIBUTOR", subject, stage, figuresOn, "2014-12-31",
        actual, required, 100L, actual + ".0%", "20.0%", actual >= required,
        Math.max(0, required - actual), stage + " " + subject);
  }

  /** In the validator's order: the verdicts of every subject, then the figures since. */
  private static final List<TargetView> TARGETS = List.of(
      view("BBB", AssessmentStage.AT_DEADLINE, "2014-06-30", 25, 20, Severity.INFO),
      view("AAA", AssessmentStage.AT_DEADLINE, "2014-06-30", 15, 20, Severity.WARNING),
      view("AAA", AssessmentStage.SINCE_DEADLINE, "2015-06-30", 22, 20, Severity.INFO),
      view("CCC", AssessmentStage.SINCE_DEADLINE, "2015-06-30", 10, 20, Severity.INFO));

  private static final ReportOutcome OUTCOME = new ReportOutcome("f.csv", "un-statistics",
      "2015-12-31", false, "2015-06-30", "CONTRIBUTOR", TARGETS, List.of(), List.of());

  private static String print(ReportOutcome outcome) {
    StringWriter text = new StringWriter();
    ReportPrinter.print(new PrintWriter(text), outcome);
    return text.toString();
  }

  @Test
  void each_verdict_is_followed_by_its_since_deadline_line_largest_shortfall_first() {
    String out = print(OUTCOME);

    assertThat(out).containsPattern("\\n" + RULE + " +CCC +10.0% +20.0% +10 +not judged \\(no"
        + " figures by 2014-12-31\\); on the figures of 2015-06-30: not met +SINCE_DEADLINE CCC\\n"
        + RULE + " +AAA +15.0% +20.0% +5 +missed by 2014-12-31, on the figures of 2014-06-30"
        + " \\(WARNING\\) +AT_DEADLINE AAA\\n"
        + " +22.0% +20.0% +0 +since the deadline, on the figures of 2015-06-30: met"
        + " +SINCE_DEADLINE AAA\\n"
        + RULE + " +BBB +25.0% +20.0% +0 +met by 2014-12-31, on the figures of 2014-06-30"
        + " +AT_DEADLINE BBB\\n");
  }

  @Test
  void counts_verdicts_and_leaves_out_the_figures_since_a_judged_deadline() {
    assertThat(OUTCOME.counts()).containsExactly(
        entry("met", 1L),
        entry("missed", 1L),
        entry("notYetMet", 0L),
        entry("notJudged", 1L),
        entry("notices", 0L),
        entry("problems", 0L));
    assertThat(print(OUTCOME)).contains("Targets met: 1; missed by their deadline: 1; not met"
        + " yet, deadline ahead: 0; not judged, no figures by the deadline: 1; notices: 0;"
        + " problems: 0.");
  }

  @Test
  void progress_before_the_deadline_says_when_it_is_due() {
    TargetView progress = view("AAA", AssessmentStage.PROGRESS, "2014-06-30", 15, 20,
        Severity.INFO);
    ReportOutcome before = new ReportOutcome("f.csv", "un-statistics", "2014-06-30", false,
        "2014-06-30", "CONTRIBUTOR", List.of(progress), List.of(), List.of());

    assertThat(print(before))
        .doesNotContain("A target whose deadline has passed")
        .containsPattern("AAA +15.0% +20.0% +5 +due 2014-12-31; on the figures of 2014-06-30: not"
            + " met yet +PROGRESS AAA");
    assertThat(before.counts().get("notYetMet")).isEqualTo(1);
  }
}
