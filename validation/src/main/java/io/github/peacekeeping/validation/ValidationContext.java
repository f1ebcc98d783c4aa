package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.personnel.Bounds;
import io.github.peacekeeping.core.source.SourceDocument;
import io.github.peacekeeping.core.target.ShareTarget;
import io.github.peacekeeping.core.unit.UnitType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the rules are evaluated against, besides the value: the date, the rule sets, and the data
 * some rules need from the caller.
 *
 * <p>Every rule is evaluated as of {@link #asOf()}, whose Javadoc says what that means; the system
 * clock is never read. An empty {@link #ruleSets()} means every rule set.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class ValidationContext {

  ValidationContext() {}

  /**
   * Returns the evaluation date D: every finding answers what held on D. This is the one meaning
   * of the date for {@link CommuniqueValidator#validate(io.github.peacekeeping.core.pledge.Pledge,
   * ValidationContext) validate}, {@link CommuniqueValidator#validateRegistry validateRegistry},
   * {@link CommuniqueValidator#assessReadinessTargets assessReadinessTargets}, {@link
   * CommuniqueValidator#assessTargets(Iterable, io.github.peacekeeping.core.target.TargetScope,
   * ValidationContext) assessTargets}, {@link RegistryAssessment} and the streaming reader:
   *
   * <ol>
   *   <li><b>Nothing from after D.</b> A fact dated after D does not exist on D: a pledge made, a
   *       PCRS registration or level, an Assessment and Advisory Visit, a reconfirmation, training
   *       completed or a vetting dated later is not taken into account. A value that exists only
   *       after D (a pledge made later, a mission profile or a deployment record of a later day)
   *       is not evaluated and counts towards no target; the report says so once, in a {@link
   *       Notice}. Facts recorded without a date are taken to hold on every date.
   *   <li><b>Readiness is a history.</b> A pledge's PCRS level on D is the level of the latest
   *       step of its {@link io.github.peacekeeping.core.pledge.Readiness} on or before D, with
   *       that step's evidence.
   *   <li><b>Targets with a deadline T.</b> Before T, a target reports progress ({@link
   *       AssessmentStage#PROGRESS}) on the figures in force on D. On or after T, it is judged
   *       ({@link AssessmentStage#AT_DEADLINE}) on the figures in force on T (the readiness levels
   *       of T, or the latest snapshot dated on or before T), and the latest figures up to D
   *       follow as information ({@link AssessmentStage#SINCE_DEADLINE}). Deployment figures dated
   *       after D are refused with an {@link IllegalArgumentException}.
   *   <li><b>Missions and mandates.</b> A mission operates from its start to the day its
   *       withdrawal was completed; a mission is checked against the mandate in force on the day
   *       its profile describes.
   *   <li><b>No clock.</b> The library never reads the system clock: D is always the caller's.
   * </ol>
   *
   * @return the date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the rule sets to apply, by source document; empty for all of them.
   *
   * @return an unmodifiable set, never null
   */
  public abstract Set<SourceDocument> ruleSets();

  /**
   * Returns the capability gaps the UN has identified, for {@code LDN16-CAPABILITY-GAP}; that rule
   * is skipped when none are given.
   *
   * @return an unmodifiable set, never null
   */
  public abstract Set<UnitType> capabilityGaps();

  /**
   * Returns the baseline count of women in military and police contingents that {@code
   * LDN16-DOUBLE-WOMEN-2020} doubles; that target is skipped when none is given.
   *
   * @return the baseline, from zero to {@link Bounds#MAX_PERSONNEL}, or empty; never null
   */
  public abstract OptionalLong womenBaseline();

  /**
   * Returns interim yearly gender targets supplied as data, assessed under {@code UGPS28-TARGETS}
   * besides the 2028 end-point targets.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<ShareTarget> interimTargets();

  /**
   * Tells whether a rule set is to be applied.
   *
   * @param source the rule set, not null
   * @return true if {@link #ruleSets()} is empty or contains {@code source}
   */
  public boolean includes(SourceDocument source) {
    return ruleSets().isEmpty() || ruleSets().contains(source);
  }

  /**
   * Returns the rule sets to apply, with "all" spelled out.
   *
   * @return an unmodifiable set, never empty or null
   */
  public Set<SourceDocument> effectiveRuleSets() {
    return ruleSets().isEmpty() ? Set.copyOf(EnumSet.allOf(SourceDocument.class)) : ruleSets();
  }

  @Value.Check
  void check() {
    if (womenBaseline().isPresent() && womenBaseline().getAsLong() < 0) {
      throw new IllegalArgumentException(
          "womenBaseline: must not be negative, was " + womenBaseline().getAsLong());
    }
    if (womenBaseline().isPresent() && womenBaseline().getAsLong() > Bounds.MAX_PERSONNEL) {
      throw new IllegalArgumentException("womenBaseline: must be at most " + Bounds.MAX_PERSONNEL
          + ", was " + womenBaseline().getAsLong());
    }
  }

  /**
   * Returns a context that applies every rule set as of a date, with no capability gaps, baseline or
   * interim targets.
   *
   * @param asOf the date to evaluate time-dependent rules as of, not null
   * @return the context, never null
   * @throws NullPointerException if {@code asOf} is null
   */
  public static ValidationContext asOf(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds contexts. {@code asOf} is required. Not thread-safe. */
  public static final class Builder extends ImmutableValidationContext.Builder {
    Builder() {}
  }
}
