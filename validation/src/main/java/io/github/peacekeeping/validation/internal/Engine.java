package io.github.peacekeeping.validation.internal;

import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.FindingPath;
import io.github.peacekeeping.validation.Rule;
import io.github.peacekeeping.validation.Rules;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.constraints.RuleId;
import io.github.peacekeeping.validation.groups.AllRuleSets;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the rules that are Bean Validation constraints through one Hibernate Validator factory,
 * built once per process, and turns violations into findings.
 *
 * <p>The factory interpolates messages with parameters only ({@link ParameterMessageInterpolator}),
 * so no Expression Language implementation is needed at run time. Its default constructor reads our
 * messages from the contributor bundle ({@code ContributorValidationMessages.properties}) as
 * Hibernate Validator's default interpolator does, and the application's {@code
 * ValidationMessages.properties} first, so an application can override a message by its key.
 */
public final class Engine {

  private static final Map<String, Integer> CATALOGUE_ORDER = catalogueOrder();

  /**
   * Orders findings by catalogue order, then path (by its text, the order findings have always
   * been printed in), then message: stable output.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.<Finding>comparingInt(f -> CATALOGUE_ORDER.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
          .thenComparing(f -> f.path().toString())
          .thenComparing(Finding::message);

  private Engine() {}

  private static final class Holder {
    static final HibernateValidatorFactory FACTORY = build();

    private static HibernateValidatorFactory build() {
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator());
      ConstraintMapping mapping = configuration.createConstraintMapping();
      Bindings.apply(mapping);
      return configuration.addMapping(mapping).buildValidatorFactory()
          .unwrap(HibernateValidatorFactory.class);
    }
  }

  /**
   * Returns a validator that passes the context to the rules. Validators are cached per context
   * (contexts are immutable values), so a run of values validated in one context shares one.
   *
   * @param context the evaluation context, not null
   * @return the validator, never null
   */
  public static Validator validator(ValidationContext context) {
    Prepared prepared = prepared(context);
    return prepared.validator();
  }

  /**
   * Validates a value against the rule sets of the context.
   *
   * @param value the value, not null
   * @param context the evaluation context, not null
   * @param pathPrefix the path of the value within what the caller validates; the root for the
   *     value itself
   * @param into where to add the findings
   */
  public static void validate(
      Object value, ValidationContext context, FindingPath pathPrefix, List<Finding> into) {
    Prepared prepared = prepared(context);
    Set<ConstraintViolation<Object>> violations =
        prepared.validator().validate(value, prepared.groups());
    for (ConstraintViolation<Object> violation : violations) {
      into.add(toFinding(violation, pathPrefix));
    }
  }

  /** A validator bound to a context, and the groups of the context's rule sets. */
  private record Prepared(ValidationContext context, Validator validator, Class<?>[] groups) {}

  /** The most recently used context's validator: most callers validate many values in one context. */
  private static volatile Prepared last;

  private static Prepared prepared(ValidationContext context) {
    Prepared current = last;
    if (current != null && current.context().equals(context)) {
      return current;
    }
    Class<?>[] groups = context.ruleSets().isEmpty()
        ? new Class<?>[] {AllRuleSets.class}
        : Groups.of(context.ruleSets());
    Prepared fresh = new Prepared(context,
        Holder.FACTORY.usingContext().constraintValidatorPayload(context).getValidator(), groups);
    last = fresh;
    return fresh;
  }

  /**
   * Turns a violation of one of our constraints into a finding.
   *
   * @param violation the violation, not null
   * @param pathPrefix a path to put before the violation's own, may be the root
   * @return the finding, never null
   */
  public static Finding toFinding(ConstraintViolation<?> violation, FindingPath pathPrefix) {
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    RuleId ruleId = type.getAnnotation(RuleId.class);
    if (ruleId == null) {
      throw new IllegalStateException(type.getName() + " is not a rule constraint (no @RuleId)");
    }
    Rule rule = Rules.get(ruleId.value());
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Violation details = hibernate.getDynamicPayload(Violation.class);
    Severity severity = details != null && details.severityOverride().isPresent()
        ? details.severityOverride().get()
        : Severity.ofPayload(violation.getConstraintDescriptor().getPayload())
            .orElse(rule.severity());
    Finding.Builder finding = Finding.builder()
        .ruleId(rule.id())
        .severity(severity)
        .path(path(pathPrefix, violation.getPropertyPath()))
        .message(violation.getMessage())
        .citation(rule.citation());
    if (details != null) {
      details.offending().ifPresent(finding::offendingValue);
    }
    return finding.build();
  }


  /**
   * Returns a violation's path under a prefix, read from its nodes. Bean Validation puts the index
   * or key of an element on the node that follows the container's ({@code units[0].roles} is a
   * node {@code units} and a node {@code roles} in an iterable at index 0), so a node's position
   * comes before its name. Bean nodes and container element nodes ({@code <list element>}) name no
   * property; an element of a set has neither index nor key and names no position.
   *
   * @param prefix the path of the validated value, not null
   * @param path the violation's property path, not null
   * @return the path, never null
   */
  public static FindingPath path(FindingPath prefix, Path path) {
    List<FindingPath.Segment> segments = new ArrayList<>(prefix.segments());
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          segments.add(new FindingPath.Index(node.getIndex()));
        } else if (node.getKey() != null) {
          String key = node.getKey().toString();
          if (!key.isEmpty()) {
            segments.add(new FindingPath.Key(key));
          }
        }
      }
      switch (node.getKind()) {
        case PROPERTY, PARAMETER, METHOD, CONSTRUCTOR -> segments.add(
            new FindingPath.Property(node.getName()));
        default -> {
          // BEAN, CONTAINER_ELEMENT, RETURN_VALUE, CROSS_PARAMETER: no property of the value
        }
      }
    }
    return FindingPath.of(segments);
  }

  /**
   * Sorts findings into the stable order.
   *
   * @param findings the findings
   * @return a sorted copy
   */
  public static List<Finding> sorted(List<Finding> findings) {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(ORDER);
    return copy;
  }

  private static Map<String, Integer> catalogueOrder() {
    Map<String, Integer> order = new HashMap<>();
    List<Rule> all = Rules.all();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).id(), i);
    }
    return Map.copyOf(order);
  }
}
