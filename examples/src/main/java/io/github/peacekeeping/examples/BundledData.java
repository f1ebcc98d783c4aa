package io.github.peacekeeping.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the data bundled in the repository's {@code data/} folder. */
final class BundledData {

  private static final String CONTRIBUTIONS = "data/un-contributions-by-gender-2009-2014.csv";

  private BundledData() {}

  /** Returns the UN statistics file, looked for from the working directory upwards. */
  static Path contributionsByGender() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path at = dir; at != null; at = at.getParent()) {
      Path candidate = at.resolve(CONTRIBUTIONS);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        CONTRIBUTIONS + " not found in " + dir + " or any folder above it; run from the repository");
  }
}
