package io.github.peacekeeping.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a path written {@code "a.b[2].c"} into Bean Validation's node builder calls. */
final class Paths {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  private Paths() {}

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
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("path: malformed segment '" + part + "' in '" + path + "'");
      }
      NodeBuilderCustomizableContext node =
          open != null ? open.addPropertyNode(m.group(1))
              : defined != null ? defined.addPropertyNode(m.group(1))
              : builder.addPropertyNode(m.group(1));
      if (pending != null) {
        defined = node.inIterable().atIndex(pending);
        open = null;
      } else {
        open = node;
        defined = null;
      }
      pending = m.group(2) == null ? null : Integer.valueOf(m.group(2));
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
