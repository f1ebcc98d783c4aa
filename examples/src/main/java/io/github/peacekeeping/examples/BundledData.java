package io.github.peacekeeping.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the data bundled in the repository's {@code data/} folder. */
final class BundledData {

  private static final String CONTRIBUTIONS = "data/un-contributions-by-gender-2009-2014.csv";

  private static final String SEOUL_PRESS_RELEASE = "data/sources/004_ef2f80a57a637d85.txt";

  private BundledData() {}

  /** Returns the UN statistics file, looked for from the working directory upwards. */
  static Path contributionsByGender() {
    return find(CONTRIBUTIONS);
  }

  /**
   * Returns the text of the UN press release on the Seoul 2021 ministerial (8 December 2021),
   * looked for from the working directory upwards.
   */
  static Path seoulPressRelease() {
    return find(SEOUL_PRESS_RELEASE);
  }

  private static Path find(String file) {
    Path dir = Path.of("").toAbsolutePath();
    for (Path at = dir; at != null; at = at.getParent()) {
      Path candidate = at.resolve(file);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        file + " not found in " + dir + " or any folder above it; run from the repository");
  }
}
