package io.github.peacekeeping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTest {

  @TempDir
  Path dir;

  private Input file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return Input.of(path);
  }

  @Test
  void extension_decides_first() throws IOException {
    assertThat(file("a.csv", "{}").kind()).isEqualTo(Input.Kind.CSV);
    assertThat(file("a.JSON", "x,y").kind()).isEqualTo(Input.Kind.JSON);
  }

  @Test
  void content_decides_without_a_known_extension() throws IOException {
    assertThat(file("registry", "\uFEFF  \n {\"type\": 1}").kind()).isEqualTo(Input.Kind.JSON);
    assertThat(file("list.txt", "[1]").kind()).isEqualTo(Input.Kind.JSON);
    assertThat(file("stats.txt", "\"\",\"Date\"").kind()).isEqualTo(Input.Kind.CSV);
  }

  @Test
  void missing_file_is_an_io_error() {
    assertThatThrownBy(() -> Input.of(dir.resolve("none.dat")).kind())
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void bundled_data_is_on_the_class_path() throws IOException {
    assertThat(Input.bundled(Input.BUNDLED_CSV).kind()).isEqualTo(Input.Kind.CSV);
    assertThat(Input.bundled(Input.BUNDLED_REGISTRY).kind()).isEqualTo(Input.Kind.JSON);
    assertThat(Input.bundled(Input.BUNDLED_CSV).name())
        .isEqualTo("bundled:un-contributions-by-gender-2009-2014.csv");
  }
}
