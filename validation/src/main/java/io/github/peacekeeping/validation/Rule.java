package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.source.Citation;
import io.github.peacekeeping.core.source.SourceDocument;
import org.immutables.value.Value;

/**
 * An entry of the rule catalogue: a requirement of a source document that this library checks.
 *
 * <p>The {@link #id()} is a stable, public contract (REQUIREMENTS.md): downstream code and reports
 * key on it. A rule is never renamed; it is retired by being marked {@link #deprecated()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class Rule {

  Rule() {}

  /**
   * Returns the stable rule ID, such as {@code "LDN16-NIO"}.
   *
   * @return the ID, never null
   */
  public abstract String id();

  /**
   * Returns the severity of a finding that the rule's requirement is not met. Some rules also report
   * facts at {@link Severity#INFO} (declared caveats), and target rules report INFO before their
   * deadline.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns the document the rule is traced to; the rule set it belongs to.
   *
   * @return the document, never null
   */
  public abstract SourceDocument source();

  /**
   * Returns the passage of the source the rule rests on.
   *
   * @return the citation, never null
   */
  public abstract Citation citation();

  /**
   * Returns what the rule checks, in one sentence.
   *
   * @return the description, never null
   */
  public abstract String description();

  /**
   * Returns what the rule checks: one value of which type, or which collection.
   *
   * @return the subject, never null
   */
  public abstract RuleSubject subject();

  /**
   * Tells whether the rule is retired. Retired rules stay in the catalogue so that their IDs keep
   * their meaning.
   *
   * @return true if the rule is deprecated
   */
  @Value.Default
  public boolean deprecated() {
    return false;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds catalogue entries; used by the catalogue only. */
  static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }

  /**
   * Returns the rule ID.
   *
   * @return the ID, never null
   */
  @Override
  public String toString() {
    return id();
  }
}
