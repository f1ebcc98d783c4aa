package io.github.peacekeeping.validation;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.validation.internal.Engine;
import io.github.peacekeeping.validation.internal.ReadinessTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incremental assessment of a registry of pledges, for registries read as a stream: each pledge
 * is validated as it is {@linkplain #accept(Pledge) accepted} and then only its personnel are kept
 * in running totals, so memory stays constant however many pledges there are. {@link #finish()}
 * assesses the totals against the readiness targets.
 *
 * <p>Obtained from {@link CommuniqueValidator#registryAssessment(ValidationContext)}. Not
 * thread-safe: feed it from one thread.
 */
public final class RegistryAssessment {

  private final CommuniqueValidator validator;
  private final ValidationContext context;
  private final ReadinessTally tally;
  private long index;
  private boolean finished;

  RegistryAssessment(CommuniqueValidator validator, ValidationContext context) {
    this.validator = validator;
    this.context = Objects.requireNonNull(context, "context");
    this.tally = new ReadinessTally(context.asOf());
  }

  /**
   * Validates the next pledge of the registry and adds it to the totals, as of the context's date
   * ({@link ValidationContext#asOf()}): a pledge made after it is not evaluated and not counted.
   *
   * @param pledge the pledge, not null
   * @return the pledge's findings, their paths starting with its index ({@code [3].units[0]}), or
   *     for a pledge made after the context's date a notice; never null
   * @throws NullPointerException if {@code pledge} is null
   * @throws IllegalStateException if the assessment is finished
   */
  public ValidationReport accept(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
    if (finished) {
      throw new IllegalStateException("the registry assessment is finished");
    }
    List<Finding> findings = new ArrayList<>();
    List<Notice> notices = new ArrayList<>(0);
    validator.collect(pledge, context, FindingPath.root().index(index), findings, notices);
    count(pledge);
    return ValidationReport.of(Engine.sorted(findings), notices);
  }

  /**
   * Adds the next pledge of the registry to the totals without validating it: for a caller that
   * has validated it already (and, say, accepts only pledges without errors into the registry).
   *
   * @param pledge the pledge, not null
   * @throws NullPointerException if {@code pledge} is null
   * @throws IllegalStateException if the assessment is finished
   */
  public void count(Pledge pledge) {
    Objects.requireNonNull(pledge, "pledge");
    if (finished) {
      throw new IllegalStateException("the registry assessment is finished");
    }
    index++;
    tally.add(pledge);
  }

  /**
   * Returns the number of pledges accepted or counted so far.
   *
   * @return the count, zero or more
   */
  public long count() {
    return index;
  }

  /**
   * Ends the assessment and assesses the registry against the readiness targets of the context's
   * rule sets: one finding per target, with its {@link TargetAssessment}.
   *
   * @return the target findings, never null
   * @throws IllegalStateException if the assessment is already finished
   */
  public ValidationReport finish() {
    if (finished) {
      throw new IllegalStateException("the registry assessment is finished");
    }
    finished = true;
    return ValidationReport.of(tally.findings(context));
  }
}
