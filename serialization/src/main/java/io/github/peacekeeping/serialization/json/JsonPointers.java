package io.github.peacekeeping.serialization.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 6901 JSON Pointers, and the translation of validation finding paths into them, so that rule
 * findings and reading problems are located alike.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonPointers {

  /** A finding path segment: a name, or an index or map key in brackets. */
  private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]*)]|([^.\\[\\]]+)");

  private JsonPointers() {}

  /** Returns the pointer to a property or map key of the object at {@code pointer}. */
  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the pointer to an element of the array at {@code pointer}. */
  static String index(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * Translates a finding path ({@code "units[0].roles"}, {@code "[3].units[0]"}, {@code
   * "roles[NATIONAL_INVESTIGATION_OFFICER]"}) into a JSON Pointer under {@code prefix}: {@code
   * fromFindingPath("/pledges", "[3].units[0]")} is {@code "/pledges/3/units/0"}. Bean Validation
   * node names in angle brackets ({@code <list element>}) name no JSON property and are skipped.
   *
   * @param prefix the pointer of the validated value in the document, {@code ""} for the root; not
   *     null
   * @param path the finding's path, not null
   * @return the pointer, never null
   * @throws NullPointerException if an argument is null
   */
  public static String fromFindingPath(String prefix, String path) {
    StringBuilder pointer = new StringBuilder(prefix);
    Matcher m = SEGMENT.matcher(path);
    while (m.find()) {
      String segment = m.group(1) != null ? m.group(1) : m.group(2);
      if (segment.isEmpty() || segment.startsWith("<")) {
        continue;
      }
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
