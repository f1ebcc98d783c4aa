package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a rule's violations with a path into the value, message parameters and an offending
 * value, on Hibernate Validator when it runs the rule and on plain Jakarta Bean Validation
 * otherwise (then without parameters, offending value or context).
 */
public final class Violations {

  private final ConstraintValidatorContext context;
  private final HibernateConstraintValidatorContext hibernate;
  private boolean any;

  Violations(ConstraintValidatorContext context) {
    this.context = context;
    this.hibernate = unwrap(context);
  }

  private static HibernateConstraintValidatorContext unwrap(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException notHibernate) {
      return null;
    }
  }

  /**
   * Returns the evaluation context passed as constraint validator payload, if any.
   *
   * @return the context, or empty; never null
   */
  public Optional<ValidationContext> context() {
    if (hibernate == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(hibernate.getConstraintValidatorPayload(ValidationContext.class));
  }

  /**
   * Starts a violation with the given message template.
   *
   * @param messageTemplate the template, such as {@code "{io.github...Nio.message}"}, not null
   * @return a report to complete, never null
   */
  public Report report(String messageTemplate) {
    return new Report(messageTemplate);
  }

  boolean none() {
    return !any;
  }

  /** One violation being reported. */
  public final class Report {
    private final String template;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String path = "";
    private Object offendingValue;
    private Severity severity;

    private Report(String template) {
      this.template = template;
    }

    /**
     * Sets the path into the validated value, such as {@code "platoons"} or {@code
     * "engagementTeams[1]"}; empty (the default) for the value itself.
     *
     * @param path the path, not null
     * @return this report
     */
    public Report at(String path) {
      this.path = path;
      return this;
    }

    /**
     * Adds a message parameter, written {@code {name}} in the template.
     *
     * @param name the parameter name, not null
     * @param value the value, not null
     * @return this report
     */
    public Report with(String name, Object value) {
      parameters.put(name, value);
      return this;
    }

    /**
     * Sets the offending value.
     *
     * @param value the value, may be null
     * @return this report
     */
    public Report offending(Object value) {
      this.offendingValue = value;
      return this;
    }

    /**
     * Overrides the constraint's severity for this violation (a declared caveat is INFO).
     *
     * @param severity the severity, not null
     * @return this report
     */
    public Report severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** Adds the violation to the context. */
    public void add() {
      if (!any) {
        context.disableDefaultConstraintViolation();
        any = true;
      }
      ConstraintViolationBuilder builder;
      if (hibernate != null) {
        parameters.forEach(hibernate::addMessageParameter);
        hibernate.withDynamicPayload(new Violation(offendingValue, severity));
        builder = hibernate.buildConstraintViolationWithTemplate(template);
      } else {
        builder = context.buildConstraintViolationWithTemplate(template);
      }
      Paths.addAt(builder, path);
    }
  }
}
