package io.github.peacekeeping.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.regex.Pattern;

/** Turns a path written {@code "a.b[2].c"} into Bean Validation's node builder calls. */
final class Paths {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  private Paths() {}

  /**
   * Matches a segment as {@link #SEGMENT} does, by hand (this runs for every finding): returns
   * where its name ends (the segment's length, or the position of its {@code [index]}), or -1 if
   * the segment is malformed.
   */
  static int nameEnd(String part) {
    int n = part.length();
    if (n == 0 || !letter(part.charAt(0))) {
      return -1;
    }
    int i = 1;
    while (i < n && (letter(part.charAt(i)) || digit(part.charAt(i)))) {
      i++;
    }
    if (i == n) {
      return i;
    }
    if (part.charAt(i) != '[' || part.charAt(n - 1) != ']' || n - 1 - (i + 1) < 1) {
      return -1;
    }
    for (int j = i + 1; j < n - 1; j++) {
      if (!digit(part.charAt(j))) {
        return -1;
      }
    }
    return i;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Adds the violation at the path. Bean Validation sets the index of an element on the node that
   * follows it ({@code addPropertyNode("a").addPropertyNode("b").inIterable().atIndex(2)} is {@code
   * a[2].b}), and an index on the last segment on a trailing bean node.
   */
  static void addAt(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    String[] parts = path.split("\\.");
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext defined = null;
    Integer pending = null;
    for (String part : parts) {
      int nameEnd = nameEnd(part);
      if (nameEnd < 0) {
        throw new IllegalArgumentException("path: malformed segment '" + part + "' in '" + path + "'");
      }
      String name = part.substring(0, nameEnd);
      NodeBuilderCustomizableContext node =
          open != null ? open.addPropertyNode(name)
              : defined != null ? defined.addPropertyNode(name)
              : builder.addPropertyNode(name);
      if (pending != null) {
        defined = node.inIterable().atIndex(pending);
        open = null;
      } else {
        open = node;
        defined = null;
      }
      pending = nameEnd == part.length() ? null : Integer.valueOf(part.substring(nameEnd + 1, part.length() - 1));
    }
    if (pending != null) {
      (open != null ? open.addBeanNode() : defined.addBeanNode())
          .inIterable().atIndex(pending).addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }
}
