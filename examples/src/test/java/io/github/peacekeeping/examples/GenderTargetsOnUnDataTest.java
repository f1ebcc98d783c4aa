package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GenderTargetsOnUnDataTest {

  private static final Path FILE = BundledData.contributionsByGender();
  private static final LocalDate FEB_2014 = LocalDate.of(2014, 2, 28);

  private static final List<DeploymentRecord> RECORDS =
      new UnStatisticsImporter().importFile(FILE).records();

  @Test
  void latest_month_of_the_bundled_file_is_february_2014() {
    assertThat(GenderTargetsOnUnData.latestMonth(RECORDS)).isEqualTo(FEB_2014);
  }

  @Test
  void reports_the_system_wide_share_of_women_police_summed_from_the_file() throws IOException {
    // Independent sum of the raw columns: Individual Police and Formed Police Units, Female and Total.
    long women = 0;
    long police = 0;
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      // Split on commas outside double quotes ("Tanzania, United Republic of").
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      if (f[1].equals("2014-02-28")) {
        assertThat(f).hasSize(20);
        women += Long.parseLong(f[6]) + Long.parseLong(f[9]);
        police += Long.parseLong(f[7]) + Long.parseLong(f[10]);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GenderTargetsOnUnData.run(RECORDS, FILE, FEB_2014, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains(String.format(Locale.ROOT,
        "ERROR   LDN16-WOMEN-POLICE-20  women are %,d of %,d", women, police));
    assertThat(out).contains("Police contributors furthest from 20% women");
  }
}
