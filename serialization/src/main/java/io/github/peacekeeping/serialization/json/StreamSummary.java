package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.validation.ValidationReport;
import java.util.Objects;

/**
 * What {@link JsonReader#stream} did: how many elements it delivered as valid and reported as
 * invalid, how many problems it reported, whether it read the stream to its end, and, for pledges
 * read with a validation context, the assessment of the registry against its readiness targets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StreamSummary {

  private final long valid;
  private final long invalid;
  private final long problems;
  private final boolean complete;
  private final ValidationReport registryFindings;

  StreamSummary(long valid, long invalid, long problems, boolean complete,
      ValidationReport registryFindings) {
    this.valid = valid;
    this.invalid = invalid;
    this.problems = problems;
    this.complete = complete;
    this.registryFindings = Objects.requireNonNull(registryFindings, "registryFindings");
  }

  /**
   * Returns the number of elements delivered to the consumer of valid values.
   *
   * @return the count, zero or more
   */
  public long valid() {
    return valid;
  }

  /**
   * Returns the number of elements rejected (each with at least one problem reported).
   *
   * @return the count, zero or more
   */
  public long invalid() {
    return invalid;
  }

  /**
   * Returns the number of problems reported, of elements and of the stream itself (an envelope
   * problem, a syntax error).
   *
   * @return the count, zero or more
   */
  public long problems() {
    return problems;
  }

  /**
   * Returns whether the stream was read to its end: false when a syntax error or a broken envelope
   * stopped the reading, after everything before it was delivered.
   *
   * @return whether the whole stream was read
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Returns the registry-wide findings: the readiness targets ({@code LDN16-LEVEL3-12000}, {@code
   * LDN16-RDL-4000}) assessed on the valid pledges when the reader has a validation context and the
   * stream was read to its end; empty otherwise.
   *
   * @return the findings, never null
   */
  public ValidationReport registryFindings() {
    return registryFindings;
  }

  /**
   * Returns the counts, for debugging.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "StreamSummary{valid=" + valid + ", invalid=" + invalid + ", problems=" + problems
        + ", complete=" + complete + ", registryFindings=" + registryFindings.findings().size()
        + "}";
  }
}
