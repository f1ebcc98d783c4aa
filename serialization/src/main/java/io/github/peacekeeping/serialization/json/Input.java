package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * One pass of the decoder over a token stream: the parser, the problems found so far, and the
 * path of the value being read, kept as a stack and spelt out as a JSON Pointer only when a problem
 * is reported there. Not thread-safe; one per document (or per streamed element).
 *
 * <p>A syntax error (or a parser limit) ends the pass: it is recorded as a problem with the
 * parser's line and column and the pass unwinds with {@link Stop}. In a {@linkplain
 * #embedded(JsonParser, String) embedded} pass, run inside a Jackson mapper, Jackson's own
 * exception is let through instead, as the mapper's caller expects.
 */
final class Input {

  /** Thrown to unwind a pass after its syntax problem was recorded. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final long NO_POSITION = 0L;

  private final JsonParser parser;
  private final String base;
  private final boolean embedded;
  private boolean streaming;
  private final List<JsonProblem> problems = new ArrayList<>();
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  private Input(JsonParser parser, String base, boolean embedded) {
    this.parser = parser;
    this.base = base;
    this.embedded = embedded;
  }

  /** A pass of the reader's own, whose pointers start at {@code base} ({@code ""}: the root). */
  static Input of(JsonParser parser, String base) {
    return new Input(parser, base, false);
  }

  /** A pass inside a Jackson mapper: syntax errors are Jackson's to report. */
  static Input embedded(JsonParser parser, String base) {
    return new Input(parser, base, true);
  }

  /**
   * Marks a streaming pass: problems are reported as they are found, so a syntax error does not
   * take back those found before it.
   */
  Input streaming() {
    this.streaming = true;
    return this;
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  // ---------------------------------------------------------------- tokens

  /** The next token, or null at the end of the input. */
  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  /**
   * Moves to the next property name of the object being read and returns its index in {@code
   * matcher}, {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for another name (then {@link
   * #currentName()} gives it), or {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end.
   */
  int nextName(PropertyNameMatcher matcher) {
    try {
      return parser.nextNameMatch(matcher);
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  String currentName() {
    return parser.currentName();
  }

  /** Skips the value at the current token, with its children. */
  void skip() {
    try {
      parser.skipChildren();
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  String string() {
    try {
      return parser.getString();
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  /**
   * The position of the current token: line and column packed in a long. Before the first token
   * and at the end of the input, where there is none, it is where the parser has got to, so that
   * an empty document is located too.
   */
  long position() {
    TokenStreamLocation location = parser.currentToken() == null
        ? parser.currentLocation()
        : parser.currentTokenLocation();
    return pack(location.getLineNr(), location.getColumnNr());
  }

  private static long pack(int line, int column) {
    return line <= 0 || column <= 0 ? NO_POSITION : ((long) line << 32) | column;
  }

  private static JsonLocation location(String pointer, long position) {
    return position == NO_POSITION
        ? JsonLocation.at(pointer)
        : new JsonLocation(pointer, position >>> 32, position & 0xFFFF_FFFFL);
  }

  // ---------------------------------------------------------------- the path

  void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    depth++;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The JSON Pointer of the value being read. */
  String pointer() {
    StringBuilder pointer = new StringBuilder(base);
    for (int i = 0; i < depth; i++) {
      pointer.append('/');
      if (names[i] != null) {
        pointer.append(escape(names[i]));
      } else {
        pointer.append(indexes[i]);
      }
    }
    return pointer.toString();
  }

  /** The pointer of a property of the value being read. */
  String pointer(String child) {
    return pointer() + "/" + escape(child);
  }

  /** Escapes a property name or map key as a JSON Pointer reference token (RFC 6901). */
  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }

  // ---------------------------------------------------------------- problems

  /** Reports a problem at the value being read, located at the current token. */
  void report(ProblemCode code, String message) {
    problems.add(JsonProblem.of(code, location(pointer(), position()), message));
  }

  /** Reports a problem at a pointer, located at a position from {@link #position()}. */
  void report(ProblemCode code, String pointer, long position, String message) {
    problems.add(JsonProblem.of(code, location(pointer, position), message));
  }

  void add(JsonProblem problem) {
    problems.add(problem);
  }

  int problemCount() {
    return problems.size();
  }

  /** Forgets the problems reported after the first {@code count}. */
  void truncate(int count) {
    problems.subList(count, problems.size()).clear();
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  List<JsonProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Reads one value of a shape at the current token: a JSON null is reported (the format never
   * writes one), anything else is the shape's to read. Returns null exactly when a problem was
   * reported.
   */
  <T> T value(Shape<T> shape) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      report(ProblemCode.NULL_VALUE, "null is not allowed: an absent optional value is omitted");
      return null;
    }
    return shape.read(this);
  }

  /**
   * Reports a value of the wrong JSON type at the current token and skips it, so that reading
   * goes on after it.
   */
  /**
   * Tells whether the current token starts an object; if it does not, reports {@code WRONG_TYPE}
   * ("expected {@code what} (a JSON object), was …") and skips the value.
   */
  boolean atObject(String what) {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(what + " (a JSON object)");
    return false;
  }

  void wrongType(String expected) {
    report(ProblemCode.WRONG_TYPE, "expected " + expected + ", was " + describe());
    skip();
  }

  /** The current token as a reader would put it: "an object", "the number 12", … */
  private String describe() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + Shapes.quote(string());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Shapes.shorten(string());
      case VALUE_TRUE -> "the boolean true";
      case VALUE_FALSE -> "the boolean false";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  // ---------------------------------------------------------------- syntax

  /** Records a syntax problem (or rethrows in an embedded pass) and returns the unwinding stop. */
  RuntimeException syntax(JacksonException e) {
    if (embedded) {
      return e;
    }
    if (!streaming) {
      // Text that is not JSON has no structure to judge: what was found in it is dropped.
      problems.clear();
    }
    TokenStreamLocation at = e.getLocation();
    long position = at == null ? NO_POSITION : pack(at.getLineNr(), at.getColumnNr());
    if (position == NO_POSITION) {
      // A limit is checked before the token exists: where the parser has got to.
      at = parser.currentLocation();
      position = at == null ? NO_POSITION : pack(at.getLineNr(), at.getColumnNr());
    }
    // The parser's own path is absolute: it reads the whole input.
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    if (e instanceof StreamConstraintsException) {
      report(ProblemCode.LIMIT_EXCEEDED, pointer, position, PeacekeepingJson.LIMITS);
    } else {
      report(ProblemCode.MALFORMED_JSON, pointer, position, "malformed JSON: " + firstLine(e));
    }
    return new Stop();
  }

  /** Jackson's description of a syntax error, without its location and source excerpt. */
  private static String firstLine(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return "the text is not well-formed JSON";
    }
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }
}
