package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.RegistryAssessment;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON exchange format (docs/json-format.md) into core values, returning only valid
 * values: a document that is not well-formed JSON, does not follow the format, or describes a value
 * the core model refuses, throws one {@link InvalidDocumentException} listing every problem with its
 * JSON Pointer.
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

  private static final int UTF8_BOM_1 = 0xEF;
  private static final int UTF8_BOM_2 = 0xBB;
  private static final int UTF8_BOM_3 = 0xBF;

  private final JsonMapper mapper;
  private final ValidationContext context;
  private final Severity rejectAt;
  private final CommuniqueValidator validator;

  private JsonReader(Builder builder) {
    this.mapper = PeacekeepingJson.mapper();
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
    Decoder<T> decoder = decoder(type);
    if (json.startsWith("\uFEFF")) {
      throw bom();
    }
    return finish(parse(() -> mapper.createParser(json)), type, decoder);
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
    Decoder<T> decoder = decoder(type);
    checkStart(json, json.length);
    JsonNode tree = null;
    if (isStrictUtf8(json)) {
      // Jackson's byte parser is much faster than parsing characters decoded by a Reader; it is
      // safe once the bytes are known to be strict UTF-8. Any failure is reported as the
      // character path reports it (positions in characters, not bytes): parse again that way.
      try {
        tree = parse(() -> mapper.createParser(json));
      } catch (InvalidDocumentException | UncheckedIOException e) {
        tree = null;
      }
    }
    if (tree == null) {
      tree = parse(() -> mapper.createParser(strictUtf8(new ByteArrayInputStream(json))));
    }
    return finish(tree, type, decoder);
  }

  /**
   * Whether the bytes are well-formed UTF-8 by RFC 3629 (no overlong form, no surrogate, nothing
   * above U+10FFFF), exactly what the strict decoder of {@link #strictUtf8} accepts.
   */
  static boolean isStrictUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b >= 0xC2 && b <= 0xDF) {
        if (i + 1 >= n || !continuation(bytes[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        int low = b == 0xE0 ? 0xA0 : 0x80;
        int high = b == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= n || !continuation(bytes[i + 1], low, high)
            || !continuation(bytes[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        int low = b == 0xF0 ? 0x90 : 0x80;
        int high = b == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= n || !continuation(bytes[i + 1], low, high)
            || !continuation(bytes[i + 2], 0x80, 0xBF) || !continuation(bytes[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b, int low, int high) {
    int v = b & 0xFF;
    return v >= low && v <= high;
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
    Decoder<T> decoder = decoder(type);
    BufferedInputStream in = checkedStart(json);
    return finish(parse(() -> mapper.createParser(strictUtf8(in))), type, decoder);
  }

  /**
   * Decodes bytes as UTF-8, refusing every malformed sequence. Jackson's own byte parser decodes
   * overlong forms ({@code C0 80} as U+0000) and sequences above U+10FFFF without complaint, which
   * RFC 3629 forbids and which would let invalid text pass silently.
   */
  private static Reader strictUtf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
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
    Decoder<T> decoder = decoder(type);
    PushbackReader in = new PushbackReader(json, 1);
    try {
      int first = in.read();
      if (first == '\uFEFF') {
        throw bom();
      }
      if (first >= 0) {
        in.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return finish(parse(() -> mapper.createParser(in)), type, decoder);
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
    decoder(type);
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
   * invalid} with its pointer ({@code /pledges/123/units/0/id}), and reading goes on with the next
   * element. A syntax error ends the stream with a {@link ProblemKind#SYNTAX SYNTAX} problem at its
   * position, after everything before it was delivered.
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
    Decoder<T> decoder = decoder(elementType);
    if (elementType == PledgeRegistryDocument.class
        || elementType == DeploymentSnapshotDocument.class) {
      throw new IllegalArgumentException("elementType: must be the type of the elements, was the"
          + " document " + elementType.getSimpleName() + " (stream Pledge for a pledge registry)");
    }
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(invalid, "invalid");
    BufferedInputStream in;
    try {
      in = checkedStart(json);
    } catch (InvalidDocumentException e) {
      e.problems().forEach(invalid);
      return new StreamSummary(0, 0, e.problems().size(), false, ValidationReport.empty());
    }
    return new Streaming<>(elementType, decoder, valid, invalid).run(in);
  }

  /** The state of one {@link #stream} call. Not thread-safe. */
  private final class Streaming<T> {

    private final Class<T> type;
    /** The decoder of the elements: the type's, or that of the registry's schema version. */
    private Decoder<T> decoder;
    private final Consumer<? super Validated<T>> valid;
    private final Consumer<? super JsonProblem> invalid;
    private final RegistryAssessment assessment;
    private long delivered;
    private long rejected;
    private long reported;

    Streaming(Class<T> type, Decoder<T> decoder, Consumer<? super Validated<T>> valid,
        Consumer<? super JsonProblem> invalid) {
      this.type = type;
      this.decoder = decoder;
      this.valid = valid;
      this.invalid = invalid;
      this.assessment =
          validator != null && type == Pledge.class ? validator.registryAssessment(context) : null;
    }

    StreamSummary run(InputStream in) {
      JsonMapper streaming = PeacekeepingJson.streamingMapper();
      try (JsonParser parser = streaming.createParser(in)) {
        boolean complete = document(streaming, parser);
        ValidationReport registry =
            complete && assessment != null ? assessment.finish() : ValidationReport.empty();
        return new StreamSummary(delivered, rejected, reported, complete, registry);
      } catch (JacksonIOException e) {
        throw new UncheckedIOException(e.getCause());
      } catch (StreamStopped e) {
        return new StreamSummary(delivered, rejected, reported, false, ValidationReport.empty());
      }
    }

    /** Reads the document; false when a problem of the document itself stopped it. */
    private boolean document(JsonMapper streaming, JsonParser parser) {
      JsonToken first = next(parser);
      if (first == null) {
        return stop(ProblemKind.SYNTAX, "", "empty document: expected a JSON array");
      }
      String arrayAt;
      if (first == JsonToken.START_ARRAY) {
        arrayAt = "";
      } else if (first == JsonToken.START_OBJECT && type == Pledge.class) {
        arrayAt = envelope(parser);
        if (arrayAt == null) {
          return false;
        }
      } else {
        return stop(ProblemKind.STRUCTURE, "", "expected a JSON array of "
            + type.getSimpleName() + (type == Pledge.class ? " or a pledge-registry document" : "")
            + ", was " + first);
      }
      elements(streaming, parser, arrayAt);
      if (!arrayAt.isEmpty()) {
        // The rest of the envelope: nothing may follow the pledges but the end of the object.
        JsonToken token = next(parser);
        while (token == JsonToken.PROPERTY_NAME) {
          unknown(parser);
          token = next(parser);
        }
      }
      if (next(parser) != null) {
        return stop(ProblemKind.SYNTAX, "", "trailing content after the document"
            + at(parser.currentTokenLocation()));
      }
      return true;
    }

    /**
     * Reads the envelope up to its pledges array; returns its pointer, or null when the envelope
     * is refused (problems reported).
     */
    private String envelope(JsonParser parser) {
      ObjectNode head = JsonNodeFactory.instance.objectNode();
      for (JsonToken token = next(parser); token == JsonToken.PROPERTY_NAME; token = next(parser)) {
        String name = parser.currentName();
        JsonToken value = next(parser);
        if (name.equals("schemaVersion") || name.equals("type")) {
          head.set(name, value.isScalarValue() ? scalar(parser) : skip(parser));
        } else if (name.equals("pledges")) {
          Problems problems = new Problems();
          Decoders.Major major =
              Decoders.envelope(head, Pointer.ROOT, problems, PledgeRegistryDocument.TYPE);
          if (major == null) {
            problems.list().forEach(this::report);
            if (head.size() < 2) {
              report(JsonProblem.legacy(ProblemKind.STRUCTURE, "/pledges", "a streamed"
                  + " pledge-registry document must give its schemaVersion and type before its"
                  + " pledges"));
            }
            return null;
          }
          if (value != JsonToken.START_ARRAY) {
            stop(ProblemKind.STRUCTURE, "/pledges", "expected an array, was " + value);
            return null;
          }
          @SuppressWarnings("unchecked") // only a stream of Pledge has an envelope
          Decoder<T> pledges = (Decoder<T>) major.pledges();
          decoder = pledges;
          return "/pledges";
        } else {
          unknownValue(name, parser);
        }
      }
      report(JsonProblem.legacy(ProblemKind.STRUCTURE, "", "missing required property 'pledges'"));
      return null;
    }

    private JsonNode scalar(JsonParser parser) {
      return read(PeacekeepingJson.streamingMapper(), parser);
    }

    private JsonNode skip(JsonParser parser) {
      skipChildren(parser);
      return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Skips a value the stream does not read. Skipping still parses: a nesting too deep or a
     * syntax error inside the skipped value stops the stream as in {@link #next}, instead of
     * letting Jackson's exception out (found by JsonReaderFuzzTest's streams).
     */
    private void skipChildren(JsonParser parser) {
      try {
        parser.skipChildren();
      } catch (JacksonIOException e) {
        throw e;
      } catch (JacksonException e) {
        throw syntaxStop(parser, e);
      }
    }

    private void unknown(JsonParser parser) {
      String name = parser.currentName();
      next(parser);
      unknownValue(name, parser);
    }

    private void unknownValue(String name, JsonParser parser) {
      report(JsonProblem.legacy(ProblemKind.STRUCTURE, JsonPointers.child("", name), "unknown property '"
          + name + "' in a pledge registry document (expected schemaVersion, type, pledges)"));
      skipChildren(parser);
    }

    private void elements(JsonMapper streaming, JsonParser parser, String arrayAt) {
      for (int index = 0; next(parser) != JsonToken.END_ARRAY; index++) {
        String at = JsonPointers.index(arrayAt, index);
        JsonNode node = read(streaming, parser);
        Problems problems = new Problems();
        Pointer where = Pointer.of(at);
        T value = Decoders.notNull(node, where, problems) ? decoder.decode(node, where, problems) : null;
        if (value == null || !problems.isEmpty()) {
          reject(problems.list());
        } else {
          accept(value, at);
        }
      }
    }

    private void accept(T value, String at) {
      if (validator == null) {
        delivered++;
        valid.accept(Validated.of(value, ValidationReport.empty()));
        return;
      }
      // One validation of the element alone (paths and notices relative to it), then, for a
      // pledge that passed, its personnel into the running totals.
      ValidationReport findings = validate(value);
      if (rejectAt != null && !findings.isClean(rejectAt)) {
        List<JsonProblem> problems = new ArrayList<>();
        for (Finding finding : findings.findings()) {
          if (finding.severity().isAtLeast(rejectAt)) {
            String pointer = JsonPointers.fromFindingPath(at, finding.path());
            problems.add(JsonProblem.ofFinding(pointer, finding));
          }
        }
        reject(problems);
        return;
      }
      if (assessment != null) {
        assessment.count((Pledge) value);
      }
      delivered++;
      valid.accept(Validated.of(value, findings));
    }

    private void reject(List<JsonProblem> problems) {
      rejected++;
      problems.forEach(this::report);
    }

    private void report(JsonProblem problem) {
      reported++;
      invalid.accept(problem);
    }

    private boolean stop(ProblemKind kind, String pointer, String message) {
      report(JsonProblem.legacy(kind, pointer, message));
      return false;
    }

    private JsonToken next(JsonParser parser) {
      try {
        return parser.nextToken();
      } catch (JacksonIOException e) {
        throw e;
      } catch (JacksonException e) {
        throw syntaxStop(parser, e);
      }
    }

    private JsonNode read(JsonMapper streaming, JsonParser parser) {
      try {
        return streaming.readTree(parser);
      } catch (JacksonIOException e) {
        throw e;
      } catch (JacksonException e) {
        throw syntaxStop(parser, e);
      }
    }

    private StreamStopped syntaxStop(JsonParser parser, JacksonException e) {
      String message =
          Optional.ofNullable(e.getOriginalMessage()).orElse(e.getClass().getSimpleName());
      int newline = message.indexOf('\n');
      if (newline >= 0) {
        message = message.substring(0, newline);
      }
      report(JsonProblem.legacy(ProblemKind.SYNTAX,
          parser.streamReadContext().pathAsPointer().toString(), message + at(e.getLocation())));
      return new StreamStopped();
    }
  }

  /** Unwinds a stream after a syntax error was reported. */
  private static final class StreamStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamStopped() {
      super(null, null, false, false);
    }
  }

  // ------------------------------------------------------------------------------------------

  private static <T> Decoder<T> decoder(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Decoder<T> decoder = Decoders.forType(type);
    if (decoder == null) {
      throw new IllegalArgumentException("type: not a type of the JSON exchange format, was "
          + type.getName() + " (supported: "
          + Decoders.supportedTypes().stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
          + ")");
    }
    return decoder;
  }

  private static InvalidDocumentException bom() {
    return syntax("", "byte order mark (U+FEFF) at the start of the document: JSON exchanged between"
        + " systems must not begin with one (RFC 8259, section 8.1)");
  }

  private static InvalidDocumentException syntax(String pointer, String message) {
    return new InvalidDocumentException(List.of(JsonProblem.legacy(ProblemKind.SYNTAX, pointer, message)));
  }

  /** Refuses a byte order mark and UTF-16/UTF-32, which Jackson would otherwise accept. */
  private static void checkStart(byte[] start, int length) {
    if (length >= 3 && (start[0] & 0xFF) == UTF8_BOM_1 && (start[1] & 0xFF) == UTF8_BOM_2
        && (start[2] & 0xFF) == UTF8_BOM_3) {
      throw bom();
    }
    if ((length >= 1 && start[0] == 0) || (length >= 2 && start[1] == 0)
        || (length >= 2 && (start[0] & 0xFF) >= 0xFE && (start[1] & 0xFF) >= 0xFE)) {
      throw syntax("", "not UTF-8: the document looks like UTF-16 or UTF-32, and JSON exchanged"
          + " between systems must be UTF-8 (RFC 8259, section 8.1)");
    }
  }

  @FunctionalInterface
  private interface ParserFactory {
    JsonParser open();
  }

  /** Parses one complete document into a tree; every failure becomes a SYNTAX problem. */
  private JsonNode parse(ParserFactory factory) {
    JsonParser parser = null;
    try {
      parser = factory.open();
      JsonNode tree = mapper.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw syntax("", "empty document: expected one JSON value");
      }
      if (parser.nextToken() != null) {
        throw syntax("", "trailing content after the document" + at(parser.currentTokenLocation()));
      }
      return tree;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        String pointer =
            parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
        // The decoder reads ahead of the parser: the pointer is where parsing had got to, at or
        // before the bad bytes, and no line or column is given because it would be the parser's.
        throw syntax(pointer, "not valid UTF-8: a malformed byte sequence (such as an overlong"
            + " form or a code point above U+10FFFF) at or after this point");
      }
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      String pointer = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
      String message = Optional.ofNullable(e.getOriginalMessage()).orElse(e.getClass().getSimpleName());
      int newline = message.indexOf('\n');
      if (newline >= 0) {
        message = message.substring(0, newline);
      }
      throw syntax(pointer, message + at(e.getLocation()));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private <T> Validated<T> finish(JsonNode tree, Class<T> type, Decoder<T> decoder) {
    Problems problems = new Problems();
    T value = decoder.decode(tree, Pointer.ROOT, problems);
    if (!problems.isEmpty() || value == null) {
      throw new InvalidDocumentException(problems.list());
    }
    if (validator == null) {
      return Validated.of(value, ValidationReport.empty());
    }
    if (value instanceof DeploymentSnapshotDocument snapshot
        && snapshot.date().isAfter(context.asOf())) {
      // Figures dated after the evaluation date did not exist on it: the caller asked about that
      // date, so they are refused, not assessed (REQUIREMENTS section 8.3).
      throw new InvalidDocumentException(List.of(JsonProblem.legacy(ProblemKind.STRUCTURE, "/date",
          "the snapshot is dated " + snapshot.date() + ", after the evaluation date "
              + context.asOf() + " of the reader's validation context: its figures did not exist"
              + " on that date and cannot be assessed as of it")));
    }
    List<JsonProblem> rejected = new ArrayList<>();
    List<Finding> kept = new ArrayList<>();
    // Counts are bounded where they are built (Bounds), so the rules' sums cannot overflow.
    ValidationReport report = validate(value);
    for (Finding finding : report.findings()) {
      if (rejectAt != null && finding.severity().isAtLeast(rejectAt)) {
        rejected.add(JsonProblem.ofFinding(pointer(value, finding.path()), finding));
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

  private ValidationReport validate(Object value) {
    if (value instanceof Pledge pledge) {
      return validator.validate(pledge, context);
    } else if (value instanceof Unit unit) {
      return validator.validate(unit, context);
    } else if (value instanceof MissionProfile profile) {
      return validator.validate(profile, context);
    } else if (value instanceof MemberStateCommitments commitments) {
      return validator.validate(commitments, context);
    } else if (value instanceof DeploymentRecord record) {
      return validator.validate(record, context);
    } else if (value instanceof PledgeRegistryDocument registry) {
      return validator.validateRegistry(registry.pledges(), context);
    } else if (value instanceof DeploymentSnapshotDocument snapshot) {
      return validator.assessTargets(snapshot.snapshot(), TargetScope.SYSTEM, context);
    }
    // The other types carry no communiqué rule of their own.
    return ValidationReport.empty();
  }

  /** Translates a finding's path into a pointer into the document the value was read from. */
  private static String pointer(Object value, String path) {
    if (value instanceof DeploymentSnapshotDocument) {
      // Target findings are about the snapshot as a whole; a record's ("records[3]") about it.
      return path.isEmpty() ? "" : JsonPointers.fromFindingPath("", path);
    }
    if (value instanceof PledgeRegistryDocument) {
      return path.isEmpty() ? "" : JsonPointers.fromFindingPath("/pledges", path);
    }
    return JsonPointers.fromFindingPath("", path);
  }

  /**
   * Buffers a stream and checks its first bytes (no byte order mark, not UTF-16 or UTF-32) without
   * consuming them.
   */
  private static BufferedInputStream checkedStart(InputStream json) {
    BufferedInputStream in = new BufferedInputStream(json);
    try {
      in.mark(4);
      byte[] start = in.readNBytes(4);
      in.reset();
      checkStart(start, start.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }
}
