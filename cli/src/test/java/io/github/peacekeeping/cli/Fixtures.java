package io.github.peacekeeping.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test inputs under {@code src/test/resources/fixtures}, as files the command can be given. */
final class Fixtures {

  /** The evaluation date the tests pass with --as-of, so that dated rules give stable results. */
  static final String AS_OF = "2026-11-23";

  private Fixtures() {}

  /**
   * Returns a fixture's path.
   *
   * @param name the file name
   * @return its absolute path
   */
  static String path(String name) {
    URL url = Fixtures.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalArgumentException("name: no fixture " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
