package io.github.peacekeeping.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of one validation, in the order the rules produced them, and the {@linkplain
 * Notice notices} of values that were not evaluated because they are dated after the evaluation
 * date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), List.of());

  private final List<Finding> findings;
  private final List<Notice> notices;

  private ValidationReport(List<Finding> findings, List<Notice> notices) {
    this.findings = findings;
    this.notices = notices;
  }

  /**
   * Returns a report of the given findings, without notices.
   *
   * @param findings the findings, not null, without null elements
   * @return the report, never null
   * @throws NullPointerException if {@code findings} or an element is null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return of(findings, List.of());
  }

  /**
   * Returns a report of the given findings and notices.
   *
   * @param findings the findings, not null, without null elements
   * @param notices the notices of values not evaluated, not null, without null elements
   * @return the report, never null
   * @throws NullPointerException if an argument or an element is null
   */
  public static ValidationReport of(Collection<Finding> findings, Collection<Notice> notices) {
    return findings.isEmpty() && notices.isEmpty()
        ? EMPTY
        : new ValidationReport(List.copyOf(findings), List.copyOf(notices));
  }

  /**
   * Returns a report without findings.
   *
   * @return the empty report, never null
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns every finding.
   *
   * @return an unmodifiable list, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the notices of values that were not evaluated, being dated after the evaluation date:
   * at {@link Severity#INFO}, one per value.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<Notice> notices() {
    return notices;
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the ID of a rule of the catalogue ({@link Rules}), not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws NullPointerException if {@code ruleId} is null
   * @throws IllegalArgumentException if no rule of the catalogue has that ID (the message names
   *     the closest known ID, if one is close): a misspelt ID would otherwise find nothing
   */
  public List<Finding> findings(String ruleId) {
    String id = Rules.get(Objects.requireNonNull(ruleId, "ruleId")).id();
    return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
  }

  /**
   * Returns the findings at or above a severity.
   *
   * @param threshold the least severity to include, not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws NullPointerException if {@code threshold} is null
   */
  public List<Finding> findingsAtOrAbove(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
  }

  /**
   * Returns the IDs of the rules with findings at or above a severity, in order of first finding.
   *
   * @param threshold the least severity to include, not null
   * @return an unmodifiable set that iterates in that order, never null
   * @throws NullPointerException if {@code threshold} is null
   */
  public Set<String> ruleIds(Severity threshold) {
    Set<String> ids = new LinkedHashSet<>();
    findingsAtOrAbove(threshold).forEach(f -> ids.add(f.ruleId()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Tells whether no finding reaches a severity: with {@link Severity#WARNING}, whether the value
   * has neither errors nor warnings.
   *
   * @param threshold the least severity that counts, not null
   * @return true if no finding is at or above {@code threshold}
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isClean(Severity threshold) {
    return findingsAtOrAbove(threshold).isEmpty();
  }

  /**
   * Returns the number of findings of exactly one severity.
   *
   * @param severity the severity, not null
   * @return the count, zero or more
   * @throws NullPointerException if {@code severity} is null
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the most serious severity among the findings.
   *
   * @return the severity, or empty if there are no findings; never null
   */
  public Optional<Severity> highestSeverity() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  /**
   * Tells whether another object is a report with equal findings and notices in the same order.
   *
   * @param obj the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport other && findings.equals(other.findings)
        && notices.equals(other.notices);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * findings.hashCode() + notices.hashCode();
  }

  /**
   * Returns the findings, one a line, then the notices, or a line saying there are none.
   *
   * @return the report as text, never null
   */
  @Override
  public String toString() {
    if (findings.isEmpty() && notices.isEmpty()) {
      return "no findings";
    }
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(finding).append('\n');
    }
    for (Notice notice : notices) {
      text.append(notice).append('\n');
    }
    return text.toString();
  }
}
