package io.github.peacekeeping.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the real data and source texts the repository bundles under {@code data/}, for tests of
 * every package. Public so that tests in other packages of the module can use it.
 */
public final class TestFiles {

  /** The UN contributions by gender, Nov 2009 to Feb 2014, relative to {@code data/}. */
  public static final String CONTRIBUTIONS_CSV = "un-contributions-by-gender-2009-2014.csv";

  /** The London Communiqué (LDN16), relative to {@code data/}. */
  public static final String LONDON_COMMUNIQUE = "sources/000_ccc7c227f967292a.txt";

  /** The expert roundtable report preparing the Seoul ministerial (IPI21), relative to data/. */
  public static final String IPI21_REPORT = "sources/001_1f97ae02f28d98a5.txt";

  private TestFiles() {}

  /**
   * The repository's root: the nearest folder at or above {@code user.dir} holding both
   * {@code mvnw} and {@code data/}.
   *
   * @return the root, never null
   * @throws AssertionError if no such folder exists, naming where the search started
   */
  public static Path repositoryRoot() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("data"))) {
        return dir;
      }
    }
    throw new AssertionError(
        "repository root (a folder holding mvnw and data/) not found at or above " + start);
  }

  /**
   * Resolves a file under the repository's {@code data/} folder.
   *
   * @param relative the path below {@code data/}, not null
   * @return the existing file, never null
   * @throws AssertionError if the file is missing, naming the path looked at
   */
  public static Path data(String relative) {
    Path file = repositoryRoot().resolve("data").resolve(relative).normalize();
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("bundled data file not found: " + file);
    }
    return file;
  }

  /**
   * Reads a file under {@code data/} as UTF-8.
   *
   * @param relative the path below {@code data/}, not null
   * @return the file's text, never null
   */
  public static String read(String relative) {
    try {
      return Files.readString(data(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the lines of a file under {@code data/} as UTF-8.
   *
   * @param relative the path below {@code data/}, not null
   * @return the lines, never null
   */
  public static List<String> lines(String relative) {
    try {
      return Files.readAllLines(data(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits one CSV line into fields, honouring double quotes and doubled quotes inside them (the
   * bundled files have no field spanning lines).
   *
   * @param line one line, not null
   * @return the fields, never null
   */
  public static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
