package io.github.peacekeeping.serialization.json;

import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a core value through the decoders of the JSON reader: reads the value's token tree, decodes
 * it, and reports every problem at once as an {@link InvalidValueException} located at the start
 * of the value, with pointers from the root of the document. Stateless, so one instance serves
 * every mapper and thread.
 */
final class DecodingDeserializer<T> extends StdDeserializer<T> {

  private final Class<T> type;
  private final Decoder<?> decoder;
  private final Function<Object, T> result;

  private DecodingDeserializer(Class<T> type, Decoder<?> decoder, Function<Object, T> result) {
    super(type);
    this.type = type;
    this.decoder = decoder;
    this.result = result;
  }

  /** A deserializer of a type the reader decodes directly. */
  static <T> DecodingDeserializer<T> of(Class<T> type) {
    Decoder<T> decoder = Decoders.forType(type);
    if (decoder == null) {
      throw new IllegalArgumentException("type: has no decoder, was " + type.getName());
    }
    return new DecodingDeserializer<>(type, decoder, type::cast);
  }

  /** A deserializer that decodes as {@code decoded} and converts the result. */
  static <T, D> DecodingDeserializer<T> via(
      Class<T> type, Class<D> decoded, Function<? super D, T> conversion) {
    Decoder<D> decoder = Decoders.forType(decoded);
    return new DecodingDeserializer<>(
        type, decoder, value -> conversion.apply(decoded.cast(value)));
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext ctxt) {
    TokenStreamLocation start = parser.currentTokenLocation();
    String pointer = pointer(parser);
    JsonNode tree = ctxt.readTree(parser);
    Problems problems = new Problems();
    Object value = decoder.decode(tree, Pointer.of(pointer), problems);
    if (value == null || !problems.isEmpty()) {
      throw new InvalidValueException(parser, start, type, problems.list());
    }
    return result.apply(value);
  }

  /** The format never writes null: a null where a core value belongs is refused, not passed on. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser parser = ctxt.getParser();
    String pointer = parser == null ? "" : pointer(parser);
    throw new InvalidValueException(parser, parser == null ? null : parser.currentTokenLocation(),
        type, List.of(JsonProblem.legacy(ProblemKind.STRUCTURE, pointer,
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
