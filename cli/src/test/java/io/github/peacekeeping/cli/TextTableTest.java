package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void aligns_every_column_but_the_last() {
    StringWriter text = new StringWriter();
    new TextTable("SEVERITY", "RULE", "MESSAGE")
        .row("ERROR", "LDN16-NIO", "no officer")
        .row("WARNING", "X", null)
        .print(new PrintWriter(text, true), "  ");

    assertThat(text.toString().split("\\R")).containsExactly(
        "  SEVERITY  RULE       MESSAGE",
        "  ERROR     LDN16-NIO  no officer",
        "  WARNING   X");
  }

  @Test
  void rejects_a_row_of_the_wrong_width() {
    assertThatThrownBy(() -> new TextTable("A", "B").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cells: expected 2 cells, was 1");
  }
}
