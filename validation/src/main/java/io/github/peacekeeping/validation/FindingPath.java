package io.github.peacekeeping.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a validated value a finding lies: a list of {@linkplain Segment segments}, each a
 * {@linkplain Property property name}, a {@linkplain Index list index} or a {@linkplain Key map
 * key}, leading from the value to the offending part. The {@linkplain #root() root path} has no
 * segments and is the value itself.
 *
 * <p>A path prints ({@link #toString()}) in Bean Validation's notation, as {@code
 * jakarta.validation.Path} does: {@code "units[0].roles"}, {@code "[3].units[0]"}, {@code
 * "roles[NATIONAL_INVESTIGATION_OFFICER]"}, {@code ""} for the root. {@link #parse(String)} is the
 * exact inverse. Where Bean Validation's text would be ambiguous the text escapes with a backslash:
 * a {@code .}, {@code [}, {@code ]} or {@code \} in a property name, a leading {@code <} of a
 * property name, a {@code ]} or {@code \} in a key, and the first character of a key made only of
 * digits (which would otherwise read as an index). Names, keys and indexes as Bean Validation
 * prints them for our values need no escape, so their text is Bean Validation's own.
 *
 * <p>{@link #toJsonPointer()} locates the same place in a JSON document (RFC 6901): {@code
 * "/units/0/roles"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingPath {

  private static final FindingPath ROOT = new FindingPath(List.of());

  /**
   * One step of a path: a {@link Property}, an {@link Index} or a {@link Key}. The set of kinds is
   * closed, so a {@code switch} or an {@code instanceof} chain over them is exhaustive.
   */
  public sealed interface Segment permits Property, Index, Key {}

  /**
   * A property of a bean (or a subject of a target assessment, such as {@code "FRA"}).
   *
   * @param name the property's name, not null or empty
   */
  public record Property(String name) implements Segment {

    /**
     * Checks the name.
     *
     * @param name the property's name, not null or empty
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public Property {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name: must not be empty, was ''");
      }
    }
  }

  /**
   * An element of a list, by its position. A {@code long}, as a streamed registry counts its
   * pledges: a position beyond {@link Integer#MAX_VALUE} is still a position.
   *
   * @param index the position of the element from 0, not negative
   */
  public record Index(long index) implements Segment {

    /**
     * Checks the index.
     *
     * @param index the position from 0, not negative
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("index: must not be negative, was " + index);
      }
    }
  }

  /**
   * A value of a map, by its key as text (an enum key by its name).
   *
   * @param key the key, not null or empty
   */
  public record Key(String key) implements Segment {

    /**
     * Checks the key.
     *
     * @param key the key, not null or empty
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty
     */
    public Key {
      Objects.requireNonNull(key, "key");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("key: must not be empty, was ''");
      }
    }
  }

  private final List<Segment> segments;

  /** The text, computed once when first asked for; a race computes the same string twice. */
  private String text;

  private FindingPath(List<Segment> segments) {
    this.segments = segments;
  }

  /**
   * Returns the path of the validated value itself: no segments.
   *
   * @return the root path, never null
   */
  public static FindingPath root() {
    return ROOT;
  }

  /**
   * Returns the path of the segments, in order from the validated value.
   *
   * @param segments the segments, not null, no element null; copied
   * @return the path, never null; the {@linkplain #root() root} for no segments
   * @throws NullPointerException if {@code segments} or an element is null
   */
  public static FindingPath of(List<? extends Segment> segments) {
    List<Segment> copy = List.copyOf(segments);
    return copy.isEmpty() ? ROOT : new FindingPath(copy);
  }

  /**
   * Reads a path in Bean Validation's notation, the inverse of {@link #toString()}: {@code
   * "units[0].roles"}, {@code "[3].units[0]"}, {@code "roles[NATIONAL_INVESTIGATION_OFFICER]"},
   * {@code ""} for the root. For compatibility with {@code jakarta.validation.Path#toString()},
   * Bean Validation's node names in angle brackets ({@code <list element>}, {@code <map value>})
   * and empty brackets ({@code []}, an element of a set) are read and skipped: they name no place
   * in the value. A bracket of digits is an {@linkplain Index index} (no leading zero); any other
   * bracket is a {@linkplain Key key}.
   *
   * @param text the path as text, not null
   * @return the path, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a path: an empty property name
   *     ({@code "a..b"}, {@code ".a"}, {@code "a."}), an unclosed {@code [} or {@code <}, a stray
   *     {@code ]}, a name right after a bracket ({@code "[0]a"}), a dangling backslash, an index
   *     with a leading zero or beyond {@link Integer#MAX_VALUE}; the message names the offset
   */
  public static FindingPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    List<Segment> segments = new ArrayList<>();
    // After '.', a name must follow; at the start, a name or a bracket; after a segment, '.' or '['.
    boolean afterDot = false;
    boolean afterSegment = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '[') {
        if (afterDot) {
          throw malformed(text, i, "expected a property name after '.'");
        }
        i = bracket(text, i, segments);
        afterSegment = true;
      } else if (c == '.') {
        if (!afterSegment) {
          throw malformed(text, i, "expected a property name before '.'");
        }
        afterDot = true;
        afterSegment = false;
        i++;
      } else if (c == ']') {
        throw malformed(text, i, "']' without '['");
      } else {
        if (afterSegment) {
          throw malformed(text, i, "expected '.' or '[' after a segment");
        }
        if (c == '<') {
          int close = text.indexOf('>', i);
          if (close < 0) {
            throw malformed(text, i, "'<' without '>'");
          }
          i = close + 1;
        } else {
          i = name(text, i, segments);
        }
        afterDot = false;
        afterSegment = true;
      }
    }
    if (afterDot) {
      throw malformed(text, n, "expected a property name after '.'");
    }
    return segments.isEmpty() ? ROOT : new FindingPath(List.copyOf(segments));
  }

  /** Reads a property name from {@code start}; returns the offset after it. */
  private static int name(String text, int start, List<Segment> into) {
    StringBuilder name = new StringBuilder();
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        break;
      }
      if (c == '\\') {
        if (i + 1 == n) {
          throw malformed(text, i, "'\\' at the end");
        }
        c = text.charAt(++i);
      }
      name.append(c);
      i++;
    }
    into.add(new Property(name.toString()));
    return i;
  }

  /** Reads a bracket from its {@code [} at {@code open}; returns the offset after its {@code ]}. */
  private static int bracket(String text, int open, List<Segment> into) {
    StringBuilder content = new StringBuilder();
    boolean digitsOnly = true;
    int i = open + 1;
    int n = text.length();
    while (true) {
      if (i == n) {
        throw malformed(text, open, "'[' without ']'");
      }
      char c = text.charAt(i);
      if (c == ']') {
        break;
      }
      if (c == '\\') {
        if (i + 1 == n) {
          throw malformed(text, i, "'\\' at the end");
        }
        c = text.charAt(++i);
        digitsOnly = false;
      } else if (c < '0' || c > '9') {
        digitsOnly = false;
      }
      content.append(c);
      i++;
    }
    if (content.length() == 0) {
      return i + 1; // Bean Validation's element of a set: no position to name
    }
    if (digitsOnly) {
      if (content.length() > 1 && content.charAt(0) == '0') {
        throw malformed(text, open + 1, "index with a leading zero");
      }
      long index;
      try {
        index = Long.parseLong(content.toString());
      } catch (NumberFormatException e) {
        throw malformed(text, open + 1, "index beyond " + Long.MAX_VALUE);
      }
      into.add(new Index(index));
    } else {
      into.add(new Key(content.toString()));
    }
    return i + 1;
  }

  private static IllegalArgumentException malformed(String text, int offset, String problem) {
    return new IllegalArgumentException(
        "text: must be a finding path, " + problem + " at offset " + offset + ", was \"" + text
            + "\"");
  }

  /**
   * Returns this path followed by a property.
   *
   * @param name the property's name, not null or empty
   * @return the longer path, never null
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public FindingPath property(String name) {
    return with(new Property(name));
  }

  /**
   * Returns this path followed by a list index.
   *
   * @param index the position from 0, not negative
   * @return the longer path, never null
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public FindingPath index(long index) {
    return with(new Index(index));
  }

  /**
   * Returns this path followed by a map key.
   *
   * @param key the key, not null or empty
   * @return the longer path, never null
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code key} is empty
   */
  public FindingPath key(String key) {
    return with(new Key(key));
  }

  private FindingPath with(Segment segment) {
    Segment[] longer = segments.toArray(new Segment[segments.size() + 1]);
    longer[segments.size()] = segment;
    return new FindingPath(List.of(longer));
  }

  /**
   * Returns the segments, in order from the validated value.
   *
   * @return the segments, unmodifiable, empty for the root; never null
   */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * Returns whether this is the root path, the validated value itself.
   *
   * @return true if the path has no segments
   */
  public boolean isEmpty() {
    return segments.isEmpty();
  }

  /**
   * Returns the path as an RFC 6901 JSON Pointer from the validated value: {@code "/units/0/roles"}
   * for {@code units[0].roles}, {@code ""} for the root. Each segment is one reference token, with
   * {@code ~} written {@code ~0} and {@code /} written {@code ~1}.
   *
   * @return the pointer, never null
   */
  public String toJsonPointer() {
    return toJsonPointer("");
  }

  /**
   * Returns the path as an RFC 6901 JSON Pointer under the pointer of the validated value in a
   * document: {@code toJsonPointer("/pledges")} of {@code [3].units[0]} is {@code
   * "/pledges/3/units/0"}; of the root, {@code prefix} itself.
   *
   * @param prefix the pointer of the validated value, {@code ""} for the document's root; not null
   * @return the pointer, never null
   * @throws NullPointerException if {@code prefix} is null
   * @throws IllegalArgumentException if {@code prefix} is neither empty nor starts with {@code /}
   */
  public String toJsonPointer(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty() && prefix.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "prefix: must be empty or start with '/', was '" + prefix + "'");
    }
    StringBuilder pointer = new StringBuilder(prefix);
    for (Segment segment : segments) {
      pointer.append('/');
      if (segment instanceof Index index) {
        pointer.append(index.index());
      } else {
        String token = segment instanceof Property property ? property.name() : ((Key) segment).key();
        pointer.append(token.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /**
   * Returns the path in Bean Validation's notation, such as {@code "units[0].roles"}; {@code ""}
   * for the root. {@link #parse(String)} reads it back to an equal path.
   *
   * @return the path as text, never null
   */
  @Override
  public String toString() {
    String result = text;
    if (result == null) {
      result = format();
      text = result;
    }
    return result;
  }

  private String format() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Property property) {
        if (out.length() > 0) {
          out.append('.');
        }
        String name = property.name();
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (c == '.' || c == '[' || c == ']' || c == '\\' || (i == 0 && c == '<')) {
            out.append('\\');
          }
          out.append(c);
        }
      } else if (segment instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        String key = ((Key) segment).key();
        out.append('[');
        boolean digitsOnly = key.chars().allMatch(c -> c >= '0' && c <= '9');
        for (int i = 0; i < key.length(); i++) {
          char c = key.charAt(i);
          if (c == ']' || c == '\\' || (i == 0 && digitsOnly)) {
            out.append('\\');
          }
          out.append(c);
        }
        out.append(']');
      }
    }
    return out.toString();
  }

  /**
   * Returns whether the other object is a path of equal segments.
   *
   * @param other the object, may be null
   * @return true if {@code other} is a {@code FindingPath} with equal segments
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof FindingPath path && segments.equals(path.segments);
  }

  /**
   * Returns a hash code of the segments.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
