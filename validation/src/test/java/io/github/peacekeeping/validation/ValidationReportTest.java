package io.github.peacekeeping.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Finding finding(String ruleId, Severity severity) {
    return Finding.builder().ruleId(ruleId).severity(severity).path("").message(ruleId)
        .citation(Citation.of(SourceDocument.LDN16, "quote")).build();
  }

  @Test
  void rule_ids_come_in_the_order_of_their_first_finding() {
    // Enough IDs that a hash-ordered set would very likely not keep this order.
    List<Finding> findings = new ArrayList<>();
    List<String> order = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
    java.util.Collections.reverse(order);
    order.forEach(id -> findings.add(finding(id, Severity.ERROR)));
    findings.add(finding(order.get(0), Severity.ERROR));

    ValidationReport report = ValidationReport.of(findings);

    assertThat(report.ruleIds(Severity.INFO)).containsExactlyElementsOf(order);
    assertThatThrownBy(() -> report.ruleIds(Severity.INFO).add("X"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void looking_up_an_unknown_rule_id_names_the_closest_known_one() {
    ValidationReport report = ValidationReport.of(List.of(finding(Rules.LDN16_NIO,
        Severity.ERROR)));

    assertThatThrownBy(() -> report.findings("LDN16-NI0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: no rule has the ID 'LDN16-NI0'; did you mean LDN16-NIO?");
    assertThatThrownBy(() -> report.findings("XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: no rule has the ID 'XYZ'");
    assertThat(report.findings(Rules.LDN16_NIO)).hasSize(1);
    assertThat(report.findings(Rules.LDN16_VETTING)).isEmpty();
  }

  @Test
  void notices_are_kept_apart_from_findings_and_printed_after_them() {
    Notice notice = Notice.datedAfter(FindingPath.root().index(2), "Pledge P-3, made",
        LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 1));
    ValidationReport report = ValidationReport.of(
        List.of(finding(Rules.LDN16_NIO, Severity.ERROR)), List.of(notice));

    assertThat(report.notices()).containsExactly(notice);
    assertThat(report.findings()).hasSize(1);
    assertThat(report.isClean(Severity.INFO)).isFalse();
    assertThat(report).hasToString("ERROR LDN16-NIO: LDN16-NIO\n"
        + "INFO [2]: Pledge P-3, made on 2027-01-01, after the evaluation date 2026-12-01, did not"
        + " exist on that date: it was not evaluated\n");
    assertThat(report).isNotEqualTo(ValidationReport.of(report.findings()));
    assertThat(ValidationReport.of(List.of(), List.of(notice)).isClean(Severity.INFO)).isTrue();
  }

  @Test
  void a_notice_is_for_a_value_dated_after_the_evaluation_date_only() {
    assertThatThrownBy(() -> Notice.datedAfter(FindingPath.root(), "Pledge P-1, made",
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("datedOn: must be after asOf 2026-12-01, was 2026-12-01");
  }
}
