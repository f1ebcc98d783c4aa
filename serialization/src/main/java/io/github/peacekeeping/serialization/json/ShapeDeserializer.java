package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.JsonLocation;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a core value inside a Jackson mapper with its shape in the format's description, from the
 * mapper's own token stream: exactly what {@link JsonReader} reads. A value with any problem fails
 * with one {@link InvalidValueException} listing them all, with pointers from the root of the
 * document; a syntax error is Jackson's own exception, as the mapper's caller expects.
 */
final class ShapeDeserializer<T> extends StdDeserializer<T> {

  private final Class<T> type;
  private final Shape<?> shape;
  private final Function<Object, T> result;

  private ShapeDeserializer(Class<T> type, Shape<?> shape, Function<Object, T> result) {
    super(type);
    this.type = type;
    this.shape = shape;
    this.result = result;
  }

  /** A deserializer of a type of the format. */
  static <T> ShapeDeserializer<T> of(Class<T> type) {
    return new ShapeDeserializer<>(type, ExchangeTypes.forReading(type), type::cast);
  }

  /** A deserializer that reads a value of the format's type {@code read} and converts it. */
  static <T, D> ShapeDeserializer<T> via(
      Class<T> type, Class<D> read, Function<? super D, T> conversion) {
    return new ShapeDeserializer<>(
        type, ExchangeTypes.forReading(read), value -> conversion.apply(read.cast(value)));
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext ctxt) {
    TokenStreamLocation start = parser.currentTokenLocation();
    Input in = Input.embedded(parser, pointer(parser));
    Object value = in.value(shape);
    if (value == null || in.hasProblems()) {
      throw new InvalidValueException(parser, start, type, in.problems());
    }
    return result.apply(value);
  }

  /** The format never writes null: a null where a core value belongs is refused, not passed on. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser parser = ctxt.getParser();
    String pointer = parser == null ? "" : pointer(parser);
    TokenStreamLocation at = parser == null ? null : parser.currentTokenLocation();
    JsonLocation location = at == null || at.getLineNr() <= 0 || at.getColumnNr() <= 0
        ? JsonLocation.at(pointer) : new JsonLocation(pointer, at.getLineNr(), at.getColumnNr());
    throw new InvalidValueException(parser, at, type, List.of(JsonProblem.of(
        ProblemCode.NULL_VALUE, location,
        "null is not allowed: an absent optional value is omitted")));
  }

  /** The pointer of the current value, from the root of the document. */
  private static String pointer(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      // The parser has entered the value's own context; its place is in the enclosing one.
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }
}
