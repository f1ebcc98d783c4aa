package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GenderTargetsOnUnDataTest {

  private static final Path FILE = BundledData.contributionsByGender();
  private static final LocalDate FEB_2014 = LocalDate.of(2014, 2, 28);

  private static final List<DeploymentRecord> RECORDS =
      new UnStatisticsImporter().importFile(FILE).records();

  /** The raw CSV rows, split on commas outside double quotes ("Tanzania, United Republic of"). */
  private static List<String[]> rawRows() {
    try {
      List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream()
          .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
          .peek(f -> assertThat(f).hasSize(20))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(LocalDate asOf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GenderTargetsOnUnData.run(RECORDS, FILE, asOf,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_evaluation_date_is_the_deadline_of_the_20_percent_police_target() {
    assertThat(GenderTargetsOnUnData.AS_OF).isEqualTo(LocalDate.of(2014, 12, 31));
  }

  @Test
  void months_up_to_the_evaluation_date_are_every_reporting_date_of_the_file_on_or_before_it() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    rawRows().forEach(f -> dates.add(LocalDate.parse(f[1])));

    List<DeploymentSnapshot> all =
        GenderTargetsOnUnData.monthsUpTo(RECORDS, GenderTargetsOnUnData.AS_OF);
    assertThat(all).extracting(DeploymentSnapshot::date).containsExactlyElementsOf(dates);
    assertThat(all.get(all.size() - 1).date()).isEqualTo(FEB_2014);
    assertThat(GenderTargetsOnUnData.monthsUpTo(RECORDS, LocalDate.of(2013, 6, 30)))
        .extracting(DeploymentSnapshot::date)
        .containsExactlyElementsOf(dates.headSet(LocalDate.of(2013, 6, 30), true));
  }

  @Test
  void judges_the_20_percent_police_target_on_february_2014_summed_from_the_file() {
    // Independent sum of the raw columns: Individual Police and Formed Police Units, Female, Total.
    long women = 0;
    long police = 0;
    for (String[] f : rawRows()) {
      if (f[1].equals("2014-02-28")) {
        women += Long.parseLong(f[6]) + Long.parseLong(f[9]);
        police += Long.parseLong(f[7]) + Long.parseLong(f[10]);
      }
    }
    long required = (police + 4) / 5; // the least whole number of women that is 20% of police
    String out = run(GenderTargetsOnUnData.AS_OF);

    assertThat(out)
        .contains("Evaluated as of 2014-12-31, chosen for this example: the deadline of the 20%"
            + " women police target.")
        .contains("The latest figures on or before 2014-12-31 are those of 2014-02-28")
        .contains(String.format(Locale.ROOT, "ERROR   LDN16-WOMEN-POLICE-20  Missed by the"
            + " deadline 2014-12-31: on 2014-02-28, women were %,d of %,d", women, police))
        .contains(String.format(Locale.ROOT, "The 20%% target due 2014-12-31 is judged on the"
            + " latest figures on or before it, those of 2014-02-28: missed, %,d women short.",
            required - women))
        .contains("Police contributors furthest from 20% women by the deadline 2014-12-31,"
            + " on the figures of 2014-02-28")
        .contains("Missions furthest from 20% women police by the deadline 2014-12-31,"
            + " on the figures of 2014-02-28");
  }

  @Test
  void targets_due_later_are_progress_on_the_same_figures() {
    assertThat(run(GenderTargetsOnUnData.AS_OF))
        .contains("INFO    LDN16-WOMEN-SO-MO-15   On 2014-02-28, ")
        .doesNotContain("Missed by the deadline 2017-12-31");
  }

  @Test
  void an_earlier_evaluation_date_reports_progress_and_leaves_later_months_out() {
    TreeSet<LocalDate> later = new TreeSet<>();
    rawRows().stream().map(f -> LocalDate.parse(f[1]))
        .filter(d -> d.isAfter(LocalDate.of(2013, 6, 30))).forEach(later::add);
    String out = run(LocalDate.of(2013, 6, 30));

    assertThat(out)
        .contains("Evaluated as of 2013-06-30, the date given.")
        .contains(later.size() + " later months, dated after 2013-06-30, are not evaluated.")
        .contains("INFO    LDN16-WOMEN-POLICE-20  On 2013-06-30, women are ")
        .contains("The 20% target due 2014-12-31 is not due yet: progress on the figures of"
            + " 2013-06-30")
        .doesNotContain("Missed by the deadline");
  }

  @Test
  void an_evaluation_date_before_the_first_month_is_refused() {
    assertThatThrownBy(() -> run(LocalDate.of(2009, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no figures dated on or before 2009-01-01");
  }
}
