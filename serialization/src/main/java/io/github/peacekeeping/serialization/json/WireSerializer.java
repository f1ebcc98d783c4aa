package io.github.peacekeeping.serialization.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import java.util.function.Function;

/**
 * Writes a core value through its wire form: a string for values with a textual code, otherwise a
 * wire record that Jackson writes from its annotations. Stateless: the mapping is a pure function,
 * so one instance serves every mapper and thread.
 */
final class WireSerializer<T> extends StdSerializer<T> {

  private final Function<? super T, ?> toWire;

  WireSerializer(Class<T> type, Function<? super T, ?> toWire) {
    super(type);
    this.toWire = toWire;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    Object wire = toWire.apply(value);
    if (wire instanceof String text) {
      gen.writeString(text);
    } else {
      ctxt.writeValue(gen, wire);
    }
  }
}
