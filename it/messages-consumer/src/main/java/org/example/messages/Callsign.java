package org.example.messages;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The application's own constraint, whose message lives in the application's bundle. */
@Pattern(regexp = "[A-Z]{3}-[0-9]+")
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
@Target(FIELD)
@Retention(RUNTIME)
public @interface Callsign {
  /** The message key, resolved in the application's {@code ValidationMessages.properties}. */
  String message() default "{org.example.messages.Callsign.message}";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
