package io.github.peacekeeping.core.contributor;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the project's shared seeds and data beside the repository, and reads them with the JDK. */
final class SharedFiles {

  private SharedFiles() {}

  /**
   * Resolves a file under {@code shared/}. Tests run with user.dir at the module directory; the
   * repository is /work/main (shared/ two levels up), a clone with shared/ beside the module's
   * parent (one level up), or a worktree under /work/wt (three levels up).
   */
  static Path resolve(String relative) {
    Path moduleDir = Path.of(System.getProperty("user.dir"));
    List<Path> tried = new ArrayList<>();
    for (String up : List.of("../../shared/", "../shared/", "../../../shared/")) {
      Path candidate = moduleDir.resolve(up + relative).normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      tried.add(candidate);
    }
    return fail("shared file " + relative + " not found; looked at " + tried);
  }

  static String read(String relative) throws IOException {
    return Files.readString(resolve(relative), StandardCharsets.UTF_8);
  }

  /** Splits one CSV line into fields, honouring double quotes (no embedded new lines here). */
  static List<String> csvFields(String line) {
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
