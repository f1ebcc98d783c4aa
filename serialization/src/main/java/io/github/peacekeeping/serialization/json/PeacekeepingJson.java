package io.github.peacekeeping.serialization.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point of the JSON exchange format: the schema version this library reads and writes, and
 * the hardened Jackson mapper behind {@link JsonReader}.
 *
 * <p>The mapper refuses anything the format does not allow (unknown properties, duplicate keys,
 * trailing content, {@code null} for primitives, coercion of strings to numbers) and bounds what a
 * hostile document can cost (nesting depth, number, string, name and document length, token count).
 * It never uses default typing: no Java class name is ever read from a document.
 */
public final class PeacekeepingJson {

  /**
   * The schema version of the exchange format this library writes and reads up to: {@value}. It
   * also reads documents of schema 1.0 where their values map onto this version without inventing
   * a fact (docs/json-format.md, Versioning).
   */
  public static final String SCHEMA_VERSION = Format.VERSION;

  /** Deepest nesting the format needs is about ten levels; 64 leaves room and stops stack abuse. */
  static final int MAX_NESTING_DEPTH = 64;

  /** A long has at most 19 digits and a sign; a longer number is an attack or a mistake. */
  static final int MAX_NUMBER_LENGTH = 40;

  /** Descriptions are sentences; a megabyte of text in one string is not a description. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** Property names of the format are short camelCase words or codes. */
  static final int MAX_NAME_LENGTH = 256;

  /** A registry of every pledge ever made fits in a few megabytes; 64 MiB is generous. */
  static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Bounds the work a document of many tiny tokens can cause. */
  static final long MAX_TOKEN_COUNT = 10_000_000L;

  /**
   * What a {@link io.github.peacekeeping.serialization.problem.ProblemCode#LIMIT_EXCEEDED} problem
   * says: the limits, as numbers a reader can check the document against.
   */
  static final String LIMITS = "a value exceeds a limit that protects the reader: nesting deeper"
      + " than " + MAX_NESTING_DEPTH + ", a number longer than " + MAX_NUMBER_LENGTH
      + " characters, a string longer than " + MAX_STRING_LENGTH + " characters, a property name"
      + " longer than " + MAX_NAME_LENGTH + " characters, or a document longer than "
      + MAX_DOCUMENT_LENGTH + " bytes or of more than " + MAX_TOKEN_COUNT + " tokens";

  /** Parses whole documents for {@link JsonReader}. */
  static final JsonFactory READING = factory(MAX_DOCUMENT_LENGTH, MAX_TOKEN_COUNT, false);

  /** Parses streams for {@link JsonReader#stream}: no bound on the whole input. */
  static final JsonFactory STREAMING = factory(-1, -1, false);

  private static final JsonMapper MAPPER = build(MAX_DOCUMENT_LENGTH, MAX_TOKEN_COUNT, true);

  /**
   * The same, without the whole-document bounds, for {@link JsonReader#stream}: a stream is read
   * one element at a time and may be as long as it likes; every per-value bound still holds. Its
   * elements are followed by more elements, so trailing tokens are the stream reader's business.
   */

  private PeacekeepingJson() {}

  /**
   * Returns the hardened mapper, built once: strict RFC 8259 parsing (no comments, single quotes,
   * trailing commas, leading zeros, NaN), duplicate keys and trailing tokens rejected, unknown
   * properties and {@code null} primitives rejected, no scalar coercion, no default typing, dates
   * as ISO-8601 text, and the stream limits documented on this class.
   *
   * @return the mapper, shared, never null
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }


  /**
   * The JSON factory with the format's bounds and strict RFC 8259. {@code strictDuplicates}: the
   * parser refuses a repeated property itself; the reader's own decoder finds those with their
   * code and place, and needs no second check.
   */
  static JsonFactory factory(long maxDocumentLength, long maxTokenCount, boolean strictDuplicates) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        // Deep nesting exhausts the stack of recursive readers.
        .maxNestingDepth(MAX_NESTING_DEPTH)
        // Parsing huge numbers is quadratic; nothing in the format needs more than a long.
        .maxNumberLength(MAX_NUMBER_LENGTH)
        // A giant string costs memory before anything can check it.
        .maxStringLength(MAX_STRING_LENGTH)
        // Giant property names are the same attack through the symbol table.
        .maxNameLength(MAX_NAME_LENGTH)
        // A bound on the whole input, so an endless stream cannot exhaust memory.
        .maxDocumentLength(maxDocumentLength)
        // Many tiny tokens ("[[],[],...]") cost time though each is small.
        .maxTokenCount(maxTokenCount)
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        // Duplicate keys make a document mean different things to different parsers.
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        // Locations in errors give line and column but never echo the (possibly hostile) input.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Whoever opened a stream closes it; the reader must not close a caller's stream.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Strict RFC 8259: every lenient extension is off, explicitly, whatever the defaults are.
        .disable(
            JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .build();
  }

  private static JsonMapper build(
      long maxDocumentLength, long maxTokenCount, boolean wholeDocument) {
    JsonFactory factory = factory(maxDocumentLength, maxTokenCount, true);
    return JsonMapper.builder(factory)
        // The format is closed: a property it does not define is an error, not something to drop.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // null is never written, so a null where a primitive belongs is an error, not zero/false.
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // The same for a null passed to a constructor or factory: refused, not passed on.
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        // A required property that is absent is an error, not a default value.
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        // One document is one value: "{...} garbage" is an error.
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, wholeDocument)
        // Duplicate keys are also refused when reading into a tree (belt and braces with the parser).
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // 1.5 is not a count; floats are never truncated into integers.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // Exact numbers: a float is never rounded through a double before it is checked.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // No shape guessing: a single value is not a one-element array, and vice versa.
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        // "" and [] are not an absent object: absence is written by omission.
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        // "12" is not 12 and "true" is not true.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Codes are exact: "level_3" is not LEVEL_3, and 2 is not the third constant.
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        // Property names are exact too: "Women" is an unknown property, not "women".
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        // An unknown code is an error, never silently null or a default constant.
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        // Dates are ISO-8601 text ("2021-12-07"), never epoch numbers.
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
        // No class names in documents, ever: default typing is what makes gadget chains possible.
        .deactivateDefaultTyping()
        // The core values are read (and written) by the decoders, never by reflection.
        .addModule(new PeacekeepingModule())
        .build();
  }
}
