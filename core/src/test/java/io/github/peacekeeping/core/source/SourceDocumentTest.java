package io.github.peacekeeping.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceDocumentTest {

  @Test
  void from_code_reads_every_code() {
    for (SourceDocument document : SourceDocument.values()) {
      assertThat(SourceDocument.fromCode(document.code())).isEqualTo(document);
    }
  }

  @Test
  void from_code_ignores_case_and_white_space() {
    assertThat(SourceDocument.fromCode(" ldn16 ")).isEqualTo(SourceDocument.LDN16);
    assertThat(SourceDocument.fromCode("Ugps28")).isEqualTo(SourceDocument.UGPS28);
  }

  @Test
  void code_is_the_constant_name_that_rule_ids_start_with() {
    assertThat(SourceDocument.LDN16.code()).isEqualTo("LDN16");
    assertThat(SourceDocument.UNSCR2242.code()).isEqualTo("UNSCR2242");
  }

  @Test
  void from_code_rejects_unknown_code_with_its_text() {
    assertThatThrownBy(() -> SourceDocument.fromCode("LDN17"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code: no source document has the code 'LDN17'");
  }

  @Test
  void from_code_rejects_null() {
    assertThatThrownBy(() -> SourceDocument.fromCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void years_are_those_of_issue() {
    assertThat(SourceDocument.LDN16.year()).isEqualTo(2016);
    assertThat(SourceDocument.UNSCR2242.year()).isEqualTo(2015);
    assertThat(SourceDocument.UGPS28.year()).isEqualTo(2018);
    assertThat(SourceDocument.UNSC.year()).isZero();
  }

  @Test
  void every_document_has_a_title() {
    for (SourceDocument document : SourceDocument.values()) {
      assertThat(document.title()).isNotBlank();
    }
  }
}
