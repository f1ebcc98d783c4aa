package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the core values as JSON in the exchange format of {@code docs/json-format.md}, validating
 * them first. Core values are structurally valid by construction; given a {@link
 * ValidationContext} (the rules are evaluated as of its date, never the system clock's), the writer
 * also runs the communiqué rules, and a value with findings at or above the threshold ({@link
 * Severity#ERROR} unless configured) is not written: a {@link RejectedValueException} carrying the
 * report is thrown instead. Without a context no rule runs.
 *
 * <p>Validated values: {@link Pledge}, {@link Unit}, {@link MissionProfile}, {@link
 * MemberStateCommitments}, {@link io.github.peacekeeping.core.deployment.DeploymentRecord} (the
 * same rules as {@link JsonReader} runs on each, from one table), and the elements of collections (and values of maps) of them, each on
 * its own. The readiness targets of a registry ({@code LDN16-LEVEL3-12000}, {@code LDN16-RDL-4000})
 * are not checked when writing: they measure the progress of all pledges together, not a defect
 * of any one, and would make every partial registry unwritable; run {@code
 * CommuniqueValidator.validateRegistry} for them. The other core values carry no communiqué rules
 * and are written as they are. Output is UTF-8 without a byte order mark; output streams are
 * flushed but never closed.
 *
 * <p>This class is immutable and thread-safe: one instance can serve every thread.
 */
public final class JsonWriter {

  /** Schema version written in the exchange envelopes. */
  public static final String SCHEMA_VERSION = Format.VERSION;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new PeacekeepingModule())
          // Codes are the constant names, whatever toString() says.
          .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
          .disable(SerializationFeature.INDENT_OUTPUT)
          // The caller owns the stream.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();

  private final ValidationContext context; // null: no rules
  private final Severity threshold;

  private JsonWriter(ValidationContext context, Severity threshold) {
    this.context = context;
    this.threshold = threshold;
  }

  /**
   * Returns a writer that runs no communiqué rule: it writes any core value, all of which are
   * structurally valid by construction. Use {@link #builder()} with a context to validate against
   * the rules before writing.
   *
   * @return a writer, never null
   */
  public static JsonWriter create() {
    return builder().build();
  }

  /**
   * Returns a builder of writers.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the validation context values are validated in.
   *
   * @return the context, or empty when the writer runs no rules; never null
   */
  public Optional<ValidationContext> context() {
    return Optional.ofNullable(context);
  }

  /**
   * Returns the severity at or above which a finding rejects a value.
   *
   * @return the threshold, never null
   */
  public Severity rejectAt() {
    return threshold;
  }

  /**
   * Validates a value and writes it as JSON.
   *
   * @param value a core value (or a list, set or map of them), not null
   * @return the JSON text, never null
   * @throws RejectedValueException if the value has findings at or above the threshold
   * @throws IllegalArgumentException if the value is not a core value nor a collection of them,
   *     or holds a date with a year outside 0000 to 9999, which the format cannot write
   */
  public String write(Object value) {
    check(value);
    return MAPPER.writeValueAsString(value);
  }

  /**
   * Validates a value and writes it as JSON, in UTF-8, to a stream.
   *
   * @param value a core value (or a list, set or map of them), not null
   * @param out the stream, not null; flushed, not closed
   * @throws RejectedValueException if the value has findings at or above the threshold; nothing
   *     is written then
   * @throws IllegalArgumentException if the value is not a core value nor a collection of them,
   *     or holds a date with a year outside 0000 to 9999, which the format cannot write
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    check(value);
    writeTo(value, out);
  }

  /**
   * Validates each pledge and writes them as a pledge-registry document: {@code
   * {"schemaVersion": "2.0", "type": "pledge-registry", "pledges": [...]}}, schema version {@value
   * #SCHEMA_VERSION}. The registry's
   * readiness targets are not checked: see the class comment.
   *
   * @param pledges the pledges, not null, no null element
   * @param out the stream, not null; flushed, not closed
   * @throws RejectedValueException if the registry has findings at or above the threshold;
   *     nothing is written then
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void writePledgeRegistry(List<Pledge> pledges, OutputStream out) {
    Objects.requireNonNull(out, "out");
    List<Pledge> copy = List.copyOf(pledges);
    check(copy);
    writeDocument(Format.PLEDGE_REGISTRY, PledgeRegistryDocument.of(copy), out);
  }

  /**
   * Writes a deployment snapshot as a deployment-snapshot document: {@code {"schemaVersion":
   * "2.0", "type": "deployment-snapshot", "date": ..., "records": [...]}}, schema version {@value
   * #SCHEMA_VERSION}. Deployment records are not validated when writing.
   *
   * @param snapshot the snapshot, not null
   * @param out the stream, not null; flushed, not closed
   * @throws UncheckedIOException if writing to the stream fails
   */
  public void writeDeploymentSnapshot(DeploymentSnapshot snapshot, OutputStream out) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(out, "out");
    writeDocument(Format.DEPLOYMENT_SNAPSHOT, DeploymentSnapshotDocument.of(snapshot), out);
  }

  private static <T> void writeDocument(DocumentShape<T> shape, T document, OutputStream out) {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      shape.write(document, generator);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTo(Object value, OutputStream out) {
    try {
      MAPPER.writeValue(out, value);
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void check(Object value) {
    Objects.requireNonNull(value, "value");
    List<Finding> findings = new ArrayList<>();
    collect(value, findings);
    reject(ValidationReport.of(findings));
  }

  private void reject(ValidationReport report) {
    if (!report.isClean(threshold)) {
      throw new RejectedValueException(report, threshold);
    }
  }

  /** Walks the value; without a context it only checks that everything in it can be written. */
  private void collect(Object value, List<Finding> findings) {
    if (context == null && PeacekeepingModule.writes(value.getClass())) {
      return;
    }
    if (value instanceof Iterable<?> values) {
      collectAll(values, findings);
    } else if (value instanceof Map<?, ?> map) {
      collectAll(map.values(), findings);
    } else if (PeacekeepingModule.writes(value.getClass())) {
      findings.addAll(ExchangeTypes.validate(VALIDATOR, value, context).findings());
    } else {
      throw new IllegalArgumentException(
          "value: must be a peacekeeping core value or a collection of them, was a "
              + value.getClass().getName());
    }
  }
  private void collectAll(Iterable<?> values, List<Finding> findings) {
    for (Object element : values) {
      collect(Objects.requireNonNull(element, "value: must not contain null"), findings);
    }
  }

  /**
   * Configures a {@link JsonWriter}. Not thread-safe.
   */
  public static final class Builder {

    private ValidationContext context;
    private Severity threshold = Severity.ERROR;

    Builder() {}

    /**
     * Sets the validation context values are validated in; without one, no rule runs.
     *
     * @param context the context, not null
     * @return this builder, never null
     */
    public Builder context(ValidationContext context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets the severity at or above which a finding rejects a value; {@link Severity#ERROR} by
     * default. {@link Severity#INFO} rejects a value with any finding.
     *
     * @param threshold the threshold, not null
     * @return this builder, never null
     */
    public Builder rejectAt(Severity threshold) {
      this.threshold = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return a writer, never null
     */
    public JsonWriter build() {
      return new JsonWriter(context, threshold);
    }
  }
}
