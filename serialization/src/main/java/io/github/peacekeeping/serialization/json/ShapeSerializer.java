package io.github.peacekeeping.serialization.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a core value with its shape in the format's description. Stateless, thread-safe. */
final class ShapeSerializer<T> extends StdSerializer<T> {

  private final BiConsumer<T, JsonGenerator> writer;

  private ShapeSerializer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
    super(type);
    this.writer = writer;
  }

  /** Writes values of a type with its shape. */
  static <T> ShapeSerializer<T> of(Class<T> type, Shape<? super T> shape) {
    return new ShapeSerializer<>(type, shape::write);
  }

  /** Writes values of a type converted to another, with that one's shape. */
  static <S, T> ShapeSerializer<S> converted(Class<S> type, Shape<T> shape,
      Function<? super S, ? extends T> conversion) {
    return new ShapeSerializer<>(type, (value, out) -> shape.write(conversion.apply(value), out));
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    writer.accept(value, gen);
  }
}
