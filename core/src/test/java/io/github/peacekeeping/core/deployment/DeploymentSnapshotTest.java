package io.github.peacekeeping.core.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.Contributor;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.source.TestFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeploymentSnapshotTest {

  private static final LocalDate DATE = LocalDate.of(2014, 2, 28);
  private static final Set<String> MISSIONS = Set.of("MINUSMA", "UNMISS");

  // Columns of the wide file: male, female, total for each category, from these indexes.
  private static final Map<PersonnelCategory, Integer> FIRST_COLUMN =
      Map.of(
          PersonnelCategory.INDIVIDUAL_POLICE, 5,
          PersonnelCategory.FORMED_POLICE_UNITS, 8,
          PersonnelCategory.MILITARY_OBSERVERS, 11,
          PersonnelCategory.CONTINGENT_TROOPS, 14);
  private static final int ALL_CATEGORIES_COLUMN = 17;

  private static final Set<PersonnelCategory> POLICE =
      EnumSet.of(PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.INDIVIDUAL_POLICE);
  private static final Set<PersonnelCategory> IN_FILE = EnumSet.copyOf(FIRST_COLUMN.keySet());

  // Every MINUSMA and UNMISS row of the date; each must resolve to a catalogued contributor.
  private static List<String[]> rows;
  private static DeploymentSnapshot snapshot;

  @BeforeAll
  static void read_minusma_and_unmiss_rows_of_february_2014() {
    rows = new ArrayList<>();
    List<String> lines = TestFiles.lines(TestFiles.CONTRIBUTIONS_CSV);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = TestFiles.csvFields(line).toArray(String[]::new);
      if (fields[1].equals(DATE.toString()) && MISSIONS.contains(fields[4])) {
        rows.add(fields);
      }
    }
    List<DeploymentRecord> records = new ArrayList<>();
    for (String[] row : rows) {
      // Throws UnknownContributorException, failing every test, if a row does not resolve.
      Contributor contributor = Contributor.parse(row[3]);
      for (Map.Entry<PersonnelCategory, Integer> column : FIRST_COLUMN.entrySet()) {
        int i = column.getValue();
        records.add(
            DeploymentRecord.of(
                LocalDate.parse(row[1]),
                contributor,
                Mission.of(row[4]),
                column.getKey(),
                PersonnelCount.of(Long.parseLong(row[i + 1]), Long.parseLong(row[i]))));
      }
    }
    snapshot = DeploymentSnapshot.of(DATE, records);
  }

  private static long sum(int column, String mission, String contributor) {
    long sum = 0;
    for (String[] row : rows) {
      if ((mission == null || row[4].equals(mission))
          && (contributor == null || row[3].equals(contributor))) {
        sum += Long.parseLong(row[column]);
      }
    }
    return sum;
  }

  private static PersonnelCount expected(
      Set<PersonnelCategory> categories, String mission, String contributor) {
    long women = 0;
    long men = 0;
    for (PersonnelCategory category : categories) {
      int i = FIRST_COLUMN.get(category);
      men += sum(i, mission, contributor);
      women += sum(i + 1, mission, contributor);
    }
    return PersonnelCount.of(women, men);
  }

  @Test
  void the_data_has_rows_for_both_missions() {
    assertThat(rows).hasSize(108);
    assertThat(rows).extracting(row -> row[3]).contains("GBR", "KOR", "USA");
    assertThat(rows).extracting(row -> row[4]).contains("MINUSMA", "UNMISS");
    assertThat(snapshot.records()).hasSize(rows.size() * 4);
  }

  @Test
  void total_sums_the_file_for_each_category() {
    for (PersonnelCategory category : IN_FILE) {
      assertThat(snapshot.total(EnumSet.of(category)))
          .as(category.toString())
          .isEqualTo(expected(EnumSet.of(category), null, null));
    }
    assertThat(snapshot.total(POLICE)).isEqualTo(expected(POLICE, null, null));
  }

  @Test
  void total_of_every_category_matches_the_file_s_own_totals() {
    PersonnelCount fromTotalColumns =
        PersonnelCount.of(
            sum(ALL_CATEGORIES_COLUMN + 1, null, null), sum(ALL_CATEGORIES_COLUMN, null, null));

    assertThat(snapshot.total(EnumSet.allOf(PersonnelCategory.class))).isEqualTo(fromTotalColumns);
  }

  @Test
  void by_mission_sums_each_mission() {
    Map<Mission, PersonnelCount> police = snapshot.byMission(POLICE);

    assertThat(police).containsOnlyKeys(Mission.of("MINUSMA"), Mission.of("UNMISS"));
    for (String mission : MISSIONS) {
      assertThat(police.get(Mission.of(mission))).isEqualTo(expected(POLICE, mission, null));
    }
  }

  @Test
  void by_mission_matches_figures_summed_by_hand() {
    // MINUSMA's police: 10 + 40 women, 63 + 843 men; UNMISS's troops: 195 women, 7,132 men.
    assertThat(snapshot.byMission(POLICE))
        .containsEntry(Mission.of("MINUSMA"), PersonnelCount.of(50, 906));
    assertThat(snapshot.byMission(EnumSet.of(PersonnelCategory.CONTINGENT_TROOPS)))
        .containsEntry(Mission.of("UNMISS"), PersonnelCount.of(195, 7132));
  }

  @Test
  void by_contributor_sums_each_contributor_over_missions() {
    Map<Contributor, PersonnelCount> byContributor = snapshot.byContributor(IN_FILE);
    Map<String, Boolean> codes = new HashMap<>();
    rows.forEach(row -> codes.put(row[3], true));

    assertThat(byContributor).hasSize(codes.size());
    for (String code : codes.keySet()) {
      assertThat(byContributor.get(Contributor.parse(code)))
          .as(code)
          .isEqualTo(expected(IN_FILE, null, code));
    }
  }

  @Test
  void by_contributor_is_ordered_by_code() {
    List<String> codes = new ArrayList<>();
    snapshot.byContributor(POLICE).keySet().forEach(c -> codes.add(c.code()));

    assertThat(codes).isSorted();
  }

  @Test
  void sums_of_no_category_are_zero_and_empty() {
    assertThat(snapshot.total(Set.of())).isEqualTo(PersonnelCount.ZERO);
    assertThat(snapshot.byContributor(Set.of())).isEmpty();
    assertThat(snapshot.byMission(EnumSet.of(PersonnelCategory.STAFF_OFFICERS))).isEmpty();
  }

  @Test
  void sums_are_unmodifiable() {
    Map<Mission, PersonnelCount> byMission = snapshot.byMission(POLICE);

    assertThatThrownBy(() -> byMission.remove(Mission.of("UNMISS")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.records().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_a_record_of_another_date() {
    DeploymentRecord january =
        DeploymentRecord.of(
            LocalDate.of(2014, 1, 31),
            Contributor.parse("KOR"),
            Mission.of("UNMISS"),
            PersonnelCategory.CONTINGENT_TROOPS,
            PersonnelCount.of(8, 265));

    assertThatThrownBy(() -> DeploymentSnapshot.of(DATE, List.of(january)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("records: every record must be dated 2014-02-28, was " + january);
  }

  @Test
  void rejects_null_arguments() {
    assertThatThrownBy(() -> DeploymentSnapshot.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(() -> snapshot.total(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("categories");
  }

  @Test
  void builder_equals_of() {
    DeploymentSnapshot built =
        DeploymentSnapshot.builder().date(DATE).addAllRecords(snapshot.records()).build();

    assertThat(built).isEqualTo(snapshot).hasSameHashCodeAs(snapshot);
    assertThat(DeploymentSnapshot.of(DATE, List.of())).isNotEqualTo(snapshot);
  }

  @Test
  void to_string_gives_date_and_size() {
    assertThat(snapshot).hasToString("2014-02-28: " + rows.size() * 4 + " records");
    assertThat(DeploymentSnapshot.of(DATE, snapshot.records().subList(0, 1)))
        .hasToString("2014-02-28: 1 record");
  }

  @Test
  void rejects_records_that_together_hold_more_personnel_than_a_count() {
    // Regression: total(...) and the sums by contributor and mission threw ArithmeticException on
    // records near Long.MAX_VALUE; the snapshot is now refused where it is built.
    DeploymentRecord largest = DeploymentRecord.of(DATE, Contributor.parse("KOR"),
        Mission.of("UNMISS"), PersonnelCategory.CONTINGENT_TROOPS,
        PersonnelCount.ofWomen(Bounds.MAX_PERSONNEL));
    DeploymentRecord one = DeploymentRecord.of(DATE, Contributor.parse("KOR"),
        Mission.of("UNMISS"), PersonnelCategory.STAFF_OFFICERS, PersonnelCount.ofWomen(1));

    assertThatThrownBy(() -> DeploymentSnapshot.of(DATE, List.of(largest, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records: must hold at most 1000000000 women and 1000000000 men together, "
            + "was 1000000001 women, 0 men");
    assertThat(DeploymentSnapshot.of(DATE, List.of(largest))
        .total(EnumSet.allOf(PersonnelCategory.class)))
        .isEqualTo(PersonnelCount.ofWomen(Bounds.MAX_PERSONNEL));
  }
}
