package io.github.peacekeeping.validation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of one validation, in the order the rules produced them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns a report of the given findings.
   *
   * @param findings the findings, not null, without null elements
   * @return the report, never null
   * @throws NullPointerException if {@code findings} or an element is null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return findings.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(findings));
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
   * Returns the findings of one rule.
   *
   * @param ruleId the rule ID, not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws NullPointerException if {@code ruleId} is null
   */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
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
   * @return an unmodifiable set, never null
   * @throws NullPointerException if {@code threshold} is null
   */
  public Set<String> ruleIds(Severity threshold) {
    Set<String> ids = new LinkedHashSet<>();
    findingsAtOrAbove(threshold).forEach(f -> ids.add(f.ruleId()));
    return Set.copyOf(ids);
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
   * Tells whether another object is a report with equal findings in the same order.
   *
   * @param obj the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport other && findings.equals(other.findings);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns the findings, one a line, or a line saying there are none.
   *
   * @return the report as text, never null
   */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(finding).append('\n');
    }
    return text.toString();
  }
}
