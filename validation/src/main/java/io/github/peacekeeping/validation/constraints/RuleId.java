package io.github.peacekeeping.validation.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the rule of the catalogue that a constraint annotation implements.
 *
 * <p>Every constraint of this package carries it, so a {@code ConstraintViolation} obtained through
 * plain Jakarta Bean Validation can be traced to its rule: {@code
 * violation.getConstraintDescriptor().getAnnotation().annotationType().getAnnotation(RuleId.class)}.
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RuleId {

  /**
   * Returns the rule ID.
   *
   * @return the rule ID, such as {@code "LDN16-NIO"}
   */
  String value();
}
