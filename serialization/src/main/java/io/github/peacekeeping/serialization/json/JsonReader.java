package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads the JSON exchange format (docs/json-format.md) into core values, returning only valid
 * values: a document that is not well-formed JSON, does not follow the format, or describes a value
 * the core model refuses, throws one {@link InvalidDocumentException} listing every problem with its
 * stable {@linkplain io.github.peacekeeping.serialization.problem.ProblemCode code}, its JSON
 * Pointer and its line and column. The document is decoded from Jackson's token stream, never
 * held as a tree: the format's description ({@code docs/json-format.md}) says which property is
 * what, and the same decoder serves whole documents, {@link #stream streams} and the {@link
 * PeacekeepingModule}.
 *
 * <p>Supported types: every core type of the format ({@code Pledge}, {@code Unit}, {@code
 * MissionProfile}, {@code MemberStateCommitments}, {@code Contributor}, {@code Mission}, {@code
 * PersonnelCount}, {@code Arrangement}, {@code DeploymentRecord}, …) and the exchange documents
 * {@link PledgeRegistryDocument} and {@link DeploymentSnapshotDocument}. Exchange documents of
 * schema version {@value PeacekeepingJson#SCHEMA_VERSION} are read, and documents of schema 1.0
 * where their values map onto this version without inventing a fact; other values carry no
 * version and are read in the current shape (docs/json-format.md, Versioning).
 *
 * <p>With a {@linkplain Builder#context(ValidationContext) validation context}, the decoded value is
 * also checked against the communiqué rules as of the context's date ({@link CommuniqueValidator}:
 * a pledge, unit, mission profile, deployment record or Member State's commitments alone; a
 * registry with {@code validateRegistry}; a snapshot against the gender targets, system-wide, and
 * its records against the missions' days of operation). Findings at or above the {@linkplain
 * Builder#rejectAt(Severity) rejection threshold} become {@link ProblemKind#RULE RULE} problems and
 * reject the document; the others, and the notices of values dated after the context's date (which
 * are not evaluated), travel with the value in {@link Validated#findings()}. A snapshot dated after
 * the context's date is refused: its figures did not exist on the date asked about. Without a
 * context no rule runs: the rules depend on an evaluation date, which the caller supplies.
 *
 * <p>A registry too large to hold is read with {@link #stream(InputStream, Class, Consumer,
 * Consumer)}: one element at a time, each valid one delivered, each problem reported, the
 * registry's readiness targets assessed in constant memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonReader {

  private final ValidationContext context;
  private final Severity rejectAt;
  private final CommuniqueValidator validator;

  private JsonReader(Builder builder) {
    this.context = builder.context;
    this.rejectAt = builder.rejectAt;
    this.validator = context == null ? null : CommuniqueValidator.create();
  }

  /**
   * Returns a reader that decodes and runs no communiqué rule.
   *
   * @return the reader, never null
   */
  public static JsonReader create() {
    return builder().build();
  }

  /**
   * Returns a builder of a reader.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link JsonReader}. Not thread-safe; the reader it builds is.
   */
  public static final class Builder {

    private ValidationContext context;
    private Severity rejectAt;

    Builder() {}

    /**
     * Runs the communiqué rules on every value read, in this context (its evaluation date, rule
     * sets, capability gaps).
     *
     * @param context the context, not null
     * @return this builder, never null
     * @throws NullPointerException if {@code context} is null
     */
    public Builder context(ValidationContext context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Rejects a document whose value has a communiqué finding at or above this severity (the
     * default is never to reject for a finding). Needs a {@link #context(ValidationContext)}.
     *
     * @param threshold the lowest severity that rejects, not null
     * @return this builder, never null
     * @throws NullPointerException if {@code threshold} is null
     */
    public Builder rejectAt(Severity threshold) {
      this.rejectAt = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader, never null
     * @throws IllegalStateException if a rejection threshold is set without a context
     */
    public JsonReader build() {
      if (rejectAt != null && context == null) {
        throw new IllegalStateException(
            "rejectAt: needs a validation context, was " + rejectAt + " without one");
      }
      return new JsonReader(this);
    }
  }

  /**
   * Reads a document from a string.
   *
   * @param <T> the type to read
   * @param json the document, not null
   * @param type a supported type, not null
   * @return the value with its findings below the rejection threshold, never null
   * @throws InvalidDocumentException if the document has any problem
   * @throws IllegalArgumentException if the type is not a type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> Validated<T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Shape<T> shape = ExchangeTypes.forReading(type);
    if (json.startsWith("\uFEFF")) {
      throw new InvalidDocumentException(List.of(Utf8.bom()));
    }
    if (json.length() > PeacekeepingJson.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return finish(decode(() -> PeacekeepingJson.READING.createParser(json), shape));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param <T> the type to read
   * @param json the document, UTF-8 without a byte order mark; not null
   * @param type a supported type, not null
   * @return the value with its findings below the rejection threshold, never null
   * @throws InvalidDocumentException if the document has any problem
   * @throws IllegalArgumentException if the type is not a type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> Validated<T> read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Shape<T> shape = ExchangeTypes.forReading(type);
    JsonProblem encoding = Utf8.startProblem(json, json.length);
    if (encoding == null) {
      encoding = Utf8.problem(json);
    }
    if (encoding != null) {
      throw new InvalidDocumentException(List.of(encoding));
    }
    T value;
    try {
      value = decode(() -> PeacekeepingJson.READING.createParser(json), shape);
    } catch (InvalidDocumentException e) {
      if (!isAscii(json)) {
        // The byte parser counts columns in bytes; a reader counts characters: report as the
        // text is read, from its characters (only for a document that has problems).
        String text = new String(json, StandardCharsets.UTF_8);
        value = decode(() -> PeacekeepingJson.READING.createParser(text), shape);
      }
      throw e;
    }
    return finish(value);
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, up to its end. The stream is not closed.
   *
   * @param <T> the type to read
   * @param json the document, UTF-8 without a byte order mark; not null
   * @param type a supported type, not null
   * @return the value with its findings below the rejection threshold, never null
   * @throws InvalidDocumentException if the document has any problem
   * @throws UncheckedIOException if reading the stream fails
   * @throws IllegalArgumentException if the type is not a type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> Validated<T> read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ExchangeTypes.forReading(type);
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) PeacekeepingJson.MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > PeacekeepingJson.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return read(bytes, type);
  }

  /**
   * Reads a document from a character stream, up to its end. The reader is not closed.
   *
   * @param <T> the type to read
   * @param json the document, without a byte order mark; not null
   * @param type a supported type, not null
   * @return the value with its findings below the rejection threshold, never null
   * @throws InvalidDocumentException if the document has any problem
   * @throws UncheckedIOException if reading fails
   * @throws IllegalArgumentException if the type is not a type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> Validated<T> read(Reader json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ExchangeTypes.forReading(type);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > PeacekeepingJson.MAX_DOCUMENT_LENGTH) {
          throw tooLong();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text.toString(), type);
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param <T> the type to read
   * @param json the file, UTF-8 without a byte order mark; not null
   * @param type a supported type, not null
   * @return the value with its findings below the rejection threshold, never null
   * @throws InvalidDocumentException if the document has any problem
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the type is not a type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> Validated<T> read(Path json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    ExchangeTypes.forReading(type);
    try (InputStream in = Files.newInputStream(json)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream of elements one at a time, never the whole document: a bare JSON array of
   * elements of {@code elementType}, or, for {@code Pledge}, a {@code pledge-registry} document
   * whose {@code schemaVersion} and {@code type} come before its {@code pledges} (as this
   * library writes them). Each element is decoded (and, with a context, validated) as soon as it
   * is read; every valid one is delivered to {@code valid}, every problem is reported to {@code
   * invalid} with its pointer ({@code /pledges/123/units/0/id}), line and column, and reading goes
   * on with the next element. A syntax error, or bytes that are not UTF-8, end the stream with a
   * problem at its position, after everything before it was delivered.
   *
   * <p>With a {@linkplain Builder#context(ValidationContext) context}, valid pledges are fed to one
   * incremental registry assessment ({@link CommuniqueValidator#registryAssessment}), which keeps
   * running totals, not pledges: memory stays constant however long the stream. The registry's
   * readiness targets are then in {@link StreamSummary#registryFindings()}. A pledge with a
   * finding at or above the {@linkplain Builder#rejectAt(Severity) rejection threshold} is
   * reported as invalid ({@link ProblemKind#RULE RULE} problems) and not counted in the totals.
   *
   * <p>The whole-document bounds of {@link PeacekeepingJson#mapper()} (document length, token
   * count) do not apply to a stream; the bounds on each value (nesting, string, number and name
   * length) do. The stream is not closed.
   *
   * @param <T> the element type
   * @param json the stream, UTF-8 without a byte order mark; not null
   * @param elementType a supported type (not an exchange document), not null
   * @param valid receives each valid element with its findings below the threshold, in order; not
   *     null
   * @param invalid receives each problem, in order; not null
   * @return the counts, never null
   * @throws UncheckedIOException if reading the stream fails
   * @throws IllegalArgumentException if the type is not an element type of the format
   * @throws NullPointerException if an argument is null
   */
  public <T> StreamSummary stream(InputStream json, Class<T> elementType,
      Consumer<? super Validated<T>> valid, Consumer<? super JsonProblem> invalid) {
    Objects.requireNonNull(json, "json");
    Shape<T> shape = ExchangeTypes.forReading(elementType);
    if (shape instanceof DocumentShape) {
      throw new IllegalArgumentException("elementType: must be the type of the elements, was the"
          + " document " + elementType.getSimpleName() + " (stream Pledge for a pledge registry)");
    }
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(invalid, "invalid");
    return new Streaming<>(this, elementType, shape, valid, invalid).run(json);
  }

  // ------------------------------------------------------------------------------------------

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static InvalidDocumentException tooLong() {
    return new InvalidDocumentException(List.of(JsonProblem.of(ProblemCode.LIMIT_EXCEEDED,
        JsonLocation.at(""), PeacekeepingJson.LIMITS)));
  }

  /**
   * Decodes one complete document from a parser that can be opened again (an exchange document
   * whose envelope follows its body is read twice: the envelope first). Every problem, of the
   * text or of the format, is collected; none escapes as an exception.
   */
  private static <T> T decode(Supplier<JsonParser> source, Shape<T> shape) {
    DocumentShape.Major known = null;
    if (shape instanceof DocumentShape<?> document) {
      try {
        return decodeOnce(source, shape, null);
      } catch (DocumentShape.EnvelopeLater later) {
        Input in = null;
        try (JsonParser parser = source.get()) {
          in = Input.of(parser, "");
          in.next();
          known = document.envelope(in);
        } catch (Input.Stop stop) {
          // the syntax problem is in the pass
        }
        if (known == null) {
          throw new InvalidDocumentException(in.problems());
        }
      }
    }
    return decodeOnce(source, shape, known);
  }

  @SuppressWarnings("unchecked")
  private static <T> T decodeOnce(Supplier<JsonParser> source, Shape<T> shape,
      DocumentShape.Major known) {
    Input in = null;
    T value = null;
    try (JsonParser parser = source.get()) {
      in = Input.of(parser, "");
      JsonToken first = in.next();
      if (first == null) {
        in.report(ProblemCode.EMPTY_INPUT, "empty document: expected one JSON value");
      } else {
        value = known == null ? in.value(shape) : ((DocumentShape<T>) shape).read(in, known);
        JsonToken after;
        try {
          after = parser.nextToken();
        } catch (JacksonIOException e) {
          throw e;
        } catch (tools.jackson.core.JacksonException e) {
          after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
          // The text is not one JSON document: what was found in its first value is dropped.
          in.truncate(0);
          in.report(ProblemCode.TRAILING_CONTENT, "trailing content after the document");
        }
      }
    } catch (Input.Stop stop) {
      // the syntax problem is in the pass
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    if (in.hasProblems() || value == null) {
      throw new InvalidDocumentException(in.problems());
    }
    return value;
  }

  private <T> Validated<T> finish(T value) {
    if (validator == null) {
      return Validated.of(value, ValidationReport.empty());
    }
    if (value instanceof DeploymentSnapshotDocument snapshot
        && snapshot.date().isAfter(context.asOf())) {
      // Figures dated after the evaluation date did not exist on it: the caller asked about that
      // date, so they are refused, not assessed (REQUIREMENTS section 8.3).
      throw new InvalidDocumentException(List.of(JsonProblem.of(
          ProblemCode.DATED_AFTER_EVALUATION, JsonLocation.at("/date"),
          "the snapshot is dated " + snapshot.date() + ", after the evaluation date "
              + context.asOf() + " of the reader's validation context: its figures did not exist"
              + " on that date and cannot be assessed as of it")));
    }
    // Counts are bounded where they are built (Bounds), so the rules' sums cannot overflow.
    ValidationReport report = ExchangeTypes.validate(validator, value, context);
    String under = ExchangeTypes.findingsUnder(value);
    List<JsonProblem> rejected = new ArrayList<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (rejects(finding)) {
        // A finding about the document as a whole (a registry's target) is at its root.
        rejected.add(ruleProblem(finding.path().isEmpty() ? "" : under, finding));
      } else {
        kept.add(finding);
      }
    }
    if (!rejected.isEmpty()) {
      throw new InvalidDocumentException(rejected);
    }
    if (kept.size() == report.findings().size()) {
      return Validated.of(value, report); // every finding kept: no second copy
    }
    return Validated.of(value, ValidationReport.of(kept, report.notices()));
  }

  /** Whether a finding rejects the value it is about. */
  boolean rejects(Finding finding) {
    return rejectAt != null && finding.severity().isAtLeast(rejectAt);
  }

  /** A rule problem at the place in the document a finding is about, under a value's pointer. */
  static JsonProblem ruleProblem(String under, Finding finding) {
    return JsonProblem.ofFinding(
        JsonLocation.at(JsonPointers.fromFindingPath(under, finding.path())), finding);
  }

  ValidationContext context() {
    return context;
  }

  CommuniqueValidator validator() {
    return validator;
  }
}
