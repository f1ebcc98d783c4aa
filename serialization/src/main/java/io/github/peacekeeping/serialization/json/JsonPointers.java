package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.validation.FindingPath;

/**
 * RFC 6901 JSON Pointers, and the translation of validation finding paths into them, so that rule
 * findings and reading problems are located alike.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonPointers {

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
   * Translates a finding path ({@code units[0].roles}, {@code [3].units[0]}, {@code
   * roles[NATIONAL_INVESTIGATION_OFFICER]}) into a JSON Pointer under {@code prefix}: of {@code
   * [3].units[0]} under {@code "/pledges"}, {@code "/pledges/3/units/0"}. The same as {@link
   * FindingPath#toJsonPointer(String)}, here beside the other pointers of this package.
   *
   * @param prefix the pointer of the validated value in the document, {@code ""} for the root; not
   *     null
   * @param path the finding's path, not null
   * @return the pointer, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code prefix} is neither empty nor starts with {@code /}
   */
  public static String fromFindingPath(String prefix, FindingPath path) {
    return path.toJsonPointer(prefix);
  }
}
