package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCategory;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.serialization.problem.CsvLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

  private static final DeploymentRecord RECORD = DeploymentRecord.of(LocalDate.of(2014, 2, 28),
      MemberState.of("ALB"), Mission.of("UNMISS"), PersonnelCategory.INDIVIDUAL_POLICE,
      PersonnelCount.of(0, 1));
  private static final ImportProblem ERROR =
      ImportProblem.of(ProblemCode.UNKNOWN_MISSION, CsvLocation.ofCell(3, "Mission", 5), "'UNXYZ'");
  private static final ImportProblem WARNING =
      ImportProblem.of(
          ProblemCode.UNRESOLVED_NAME, CsvLocation.ofCell(4, "Contributor", 3), "'Albanie'");

  @Test
  void splits_problems_into_errors_and_warnings() {
    ImportResult result = ImportResult.of(List.of(RECORD), List.of(ERROR, WARNING), 3,
        UnLayout.WIDE);

    assertThat(result.errors()).containsExactly(ERROR);
    assertThat(result.warnings()).containsExactly(WARNING);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.layout()).contains(UnLayout.WIDE);
  }

  @Test
  void has_no_errors_with_warnings_only() {
    assertThat(ImportResult.of(List.of(RECORD), List.of(WARNING), 1, UnLayout.WIDE).hasErrors())
        .isFalse();
  }

  @Test
  void layout_is_empty_when_unknown() {
    assertThat(ImportResult.of(List.of(), List.of(), 0, null).layout()).isEmpty();
  }

  @Test
  void lists_are_copied_and_unmodifiable() {
    List<DeploymentRecord> records = new ArrayList<>(List.of(RECORD));
    ImportResult result = ImportResult.of(records, List.of(), 1, UnLayout.LONG);
    records.clear();

    assertThat(result.records()).containsExactly(RECORD);
    assertThatThrownBy(() -> result.records().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_negative_rows_read() {
    assertThatThrownBy(() -> ImportResult.of(List.of(), List.of(), -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rowsRead: must not be negative, was -1");
  }

  @Test
  void rejects_null_lists() {
    assertThatThrownBy(() -> ImportResult.of(null, List.of(), 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("records");
    assertThatThrownBy(() -> ImportResult.of(List.of(), null, 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("problems");
  }

  @Test
  void to_string_counts_records_errors_and_warnings() {
    assertThat(ImportResult.of(List.of(RECORD), List.of(ERROR, WARNING), 3, UnLayout.WIDE))
        .hasToString("ImportResult{layout=WIDE, rowsRead=3, records=1, errors=1, warnings=1}");
  }

  @Test
  void equal_when_all_attributes_are_equal() {
    assertThat(ImportResult.of(List.of(RECORD), List.of(ERROR), 2, UnLayout.WIDE))
        .isEqualTo(ImportResult.of(List.of(RECORD), List.of(ERROR), 2, UnLayout.WIDE))
        .isNotEqualTo(ImportResult.of(List.of(RECORD), List.of(ERROR), 2, UnLayout.LONG))
        .isNotEqualTo(ImportResult.of(List.of(RECORD), List.of(), 2, UnLayout.WIDE));
  }
}
