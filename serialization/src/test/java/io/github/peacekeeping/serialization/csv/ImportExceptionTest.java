package io.github.peacekeeping.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImportExceptionTest {

  @Test
  void names_the_source_and_the_failure() {
    IOException cause = new IOException("permission denied");
    ImportException exception = new ImportException("data/un.csv", cause);

    assertThat(exception).hasMessage("cannot read data/un.csv: permission denied");
    assertThat(exception.sourceName()).isEqualTo("data/un.csv");
    assertThat(exception.getCause()).isSameAs(cause);
  }

  @Test
  void rejects_null_source_and_cause() {
    assertThatThrownBy(() -> new ImportException(null, new IOException()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sourceName");
    assertThatThrownBy(() -> new ImportException("x", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("cause");
  }
}
