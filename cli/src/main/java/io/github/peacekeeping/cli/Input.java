package io.github.peacekeeping.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An input to check: a file, or sample data bundled in the jar.
 *
 * @param name the file as given, or {@code bundled:NAME}
 * @param path the file, or null for bundled data
 * @param resource the class path resource, or null for a file
 */
record Input(String name, Path path, String resource) {

  /** What an input holds. */
  enum Kind {
    /** A JSON exchange document. */
    JSON,
    /** The UN's contribution statistics as CSV. */
    CSV
  }

  /** The bundled UN statistics (real data, unchanged). */
  static final String BUNDLED_CSV = "un-contributions-by-gender-2009-2014.csv";

  /** The bundled pledge registry (illustrative pledges). */
  static final String BUNDLED_REGISTRY = "sample-pledge-registry.json";

  private static final String RESOURCES = "/io/github/peacekeeping/cli/data/";

  /**
   * Returns a file input.
   *
   * @param path the file
   * @return the input
   */
  static Input of(Path path) {
    return new Input(path.toString(), path, null);
  }

  /**
   * Returns bundled sample data.
   *
   * @param name {@link #BUNDLED_CSV} or {@link #BUNDLED_REGISTRY}
   * @return the input
   */
  static Input bundled(String name) {
    return new Input("bundled:" + name, null, RESOURCES + name);
  }

  /**
   * Opens the input.
   *
   * @return a fresh stream, buffered
   * @throws IOException when it cannot be opened; {@link NoSuchFileException} when missing
   */
  InputStream open() throws IOException {
    if (path != null) {
      return new BufferedInputStream(Files.newInputStream(path));
    }
    InputStream in = Input.class.getResourceAsStream(resource);
    if (in == null) {
      throw new NoSuchFileException(name, null, "not bundled in this jar");
    }
    return new BufferedInputStream(in);
  }

  /**
   * Returns the size in bytes, or -1 when unknown.
   *
   * @return the size
   */
  long size() {
    try {
      return path != null ? Files.size(path) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Tells what the input holds: by extension ({@code .csv}, {@code .json}), else by content (JSON
   * starts with a brace or bracket).
   *
   * @return the kind
   * @throws IOException when the input cannot be read
   */
  Kind kind() throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Kind.CSV;
    }
    if (lower.endsWith(".json")) {
      return Kind.JSON;
    }
    try (InputStream in = open()) {
      int c;
      do {
        c = in.read();
      } while (c == 0xEF || c == 0xBB || c == 0xBF || (c != -1 && Character.isWhitespace(c)));
      return c == '{' || c == '[' ? Kind.JSON : Kind.CSV;
    }
  }
}
