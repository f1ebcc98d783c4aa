package io.github.peacekeeping.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationTest {

  private static final String QUOTE =
      "We aim for 15% of such roles being filled by women by December 2017.";

  @Test
  void keeps_document_and_quote_as_given() {
    Citation citation = Citation.of(SourceDocument.LDN16, QUOTE);

    assertThat(citation.document()).isEqualTo(SourceDocument.LDN16);
    assertThat(citation.quote()).isEqualTo(QUOTE);
  }

  @Test
  void rejects_blank_quote() {
    assertThatThrownBy(() -> Citation.of(SourceDocument.LDN16, " \t\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote: must not be blank");
    assertThatThrownBy(() -> Citation.of(SourceDocument.LDN16, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote: must not be blank");
  }

  @Test
  void rejects_null_document_and_quote() {
    assertThatThrownBy(() -> Citation.of(null, QUOTE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("document");
    assertThatThrownBy(() -> Citation.of(SourceDocument.LDN16, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("quote");
  }

  @Test
  void equality_is_by_document_and_quote() {
    assertThat(Citation.of(SourceDocument.LDN16, QUOTE))
        .isEqualTo(Citation.of(SourceDocument.LDN16, QUOTE))
        .hasSameHashCodeAs(Citation.of(SourceDocument.LDN16, QUOTE))
        .isNotEqualTo(Citation.of(SourceDocument.CHOD17, QUOTE))
        .isNotEqualTo(Citation.of(SourceDocument.LDN16, QUOTE + " "));
  }

  @Test
  void to_string_gives_code_and_quote() {
    assertThat(Citation.of(SourceDocument.LDN16, QUOTE))
        .hasToString("LDN16: \u201c" + QUOTE + "\u201d");
  }
}
