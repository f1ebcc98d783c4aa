package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object that is one of several kinds, told apart by a discriminator property whose value is an
 * enumeration's code ({@code "kind": "JOINT"}): each kind an {@link ObjectShape} of its own
 * properties. The discriminator may come anywhere in the object, so every property is read first;
 * without a known kind the other properties cannot be judged, and only the discriminator's problem
 * is reported.
 *
 * @param <K> the enumeration of kinds
 * @param <T> the core type
 */
final class UnionShape<K extends Enum<K>, T> extends Shape<T> {

  /** One kind: its code, its core class and its object. */
  record Variant<K, T>(K kind, Class<? extends T> type, ObjectShape<? extends T> shape) {}

  private final String discriminator;
  private final Shape<K> kinds;
  private final Class<K> kindType;
  private final Map<K, Variant<K, T>> variants;
  /** Every property of any kind, by name; a name shared by kinds has one shape. */
  private final Map<String, Shape<?>> merged = new LinkedHashMap<>();

  UnionShape(String what, String discriminator, Class<K> kindType, List<Variant<K, T>> variants) {
    super(what);
    this.discriminator = discriminator;
    this.kindType = kindType;
    this.kinds = Shapes.code(kindType);
    this.variants = new EnumMap<>(kindType);
    for (Variant<K, T> variant : variants) {
      this.variants.put(variant.kind(), variant);
      for (ObjectShape.Property<?> property : variant.shape().properties()) {
        Shape<?> before = merged.putIfAbsent(property.name, property.shape);
        if (before != null && before != property.shape) {
          throw new IllegalArgumentException("variants: '" + property.name
              + "' has two shapes in " + what);
        }
      }
    }
    if (this.variants.size() != kindType.getEnumConstants().length) {
      throw new IllegalArgumentException("variants: one for each " + kindType.getSimpleName());
    }
  }

  @Override
  T read(Input in) {
    if (!in.atObject(what())) {
      return null;
    }
    long start = in.position();
    int mark = in.problemCount();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Long> positions = new LinkedHashMap<>();
    boolean failed = false;
    boolean kindSeen = false;
    K kind = null;
    List<JsonProblem> kindProblems = List.of();
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.currentName();
      in.next();
      in.push(name);
      if (name.equals(discriminator)) {
        int before = in.problemCount();
        if (kindSeen) {
          in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property '" + name + "' in " + what());
          in.skip();
        } else {
          kind = in.value(kinds);
        }
        kindSeen = true;
        kindProblems = in.problems().subList(before, in.problemCount());
      } else if (!merged.containsKey(name)) {
        in.report(ProblemCode.UNKNOWN_PROPERTY, "unknown property " + Shapes.quote(name) + " in "
            + what() + " (expected " + discriminator + " and the properties of its kind)");
        in.skip();
        failed = true;
      } else if (values.containsKey(name)) {
        in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property '" + name + "' in " + what());
        in.skip();
        failed = true;
      } else {
        positions.put(name, in.position());
        Object value = in.value(merged.get(name));
        values.put(name, value);
        failed |= value == null;
      }
      in.pop();
    }
    if (kind == null) {
      // The other properties cannot be judged without the kind: one problem is enough.
      in.truncate(mark);
      if (kindSeen) {
        kindProblems.forEach(in::add);
      } else {
        in.report(ProblemCode.MISSING_PROPERTY, in.pointer(), start, "missing required property '"
            + discriminator + "' (expected one of " + Shapes.codes(kindType) + ")");
      }
      return null;
    }
    return variant(in, variants.get(kind), values, positions, start, failed);
  }

  private <V extends T> V variant(Input in, Variant<K, T> variant, Map<String, Object> values,
      Map<String, Long> positions, long start, boolean failed) {
    @SuppressWarnings("unchecked")
    ObjectShape<V> shape = (ObjectShape<V>) variant.shape();
    String expected = discriminator + ", " + shape.properties().stream().map(p -> p.name)
        .collect(Collectors.joining(", "));
    for (String name : values.keySet()) {
      if (shape.property(name) == null) {
        in.report(ProblemCode.UNKNOWN_PROPERTY, in.pointer(name), positions.get(name),
            "unknown property '" + name + "' in a " + variant.kind() + " " + label()
                + " (expected " + expected + ")");
        failed = true;
      }
    }
    int n = shape.properties().size();
    Object[] parts = new Object[n];
    long[] at = new long[n];
    long seen = 0;
    for (ObjectShape.Property<V> property : shape.properties()) {
      if (values.containsKey(property.name)) {
        parts[property.index] = values.get(property.name);
        at[property.index] = positions.get(property.name);
        seen |= 1L << property.index;
      }
    }
    return shape.complete(in, parts, at, seen, start, failed);
  }

  /** "an arrangement" is "arrangement". */
  private String label() {
    return what().substring(what().indexOf(' ') + 1);
  }

  @Override
  void write(T value, JsonGenerator out) {
    for (Variant<K, T> variant : variants.values()) {
      if (variant.type().isInstance(value)) {
        writeVariant(variant, value, out);
        return;
      }
    }
    throw new IllegalArgumentException("value: no kind of " + what() + " is a "
        + value.getClass().getName());
  }

  private <V extends T> void writeVariant(Variant<K, T> variant, T value, JsonGenerator out) {
    @SuppressWarnings("unchecked")
    ObjectShape<V> shape = (ObjectShape<V>) variant.shape();
    @SuppressWarnings("unchecked")
    V cast = (V) value;
    out.writeStartObject();
    out.writeName(discriminator);
    out.writeString(variant.kind().name());
    shape.writeProperties(cast, out);
    out.writeEndObject();
  }

  @Override
  ObjectNode schema(SchemaGenerator schemas) {
    ObjectNode schema = Shapes.NODES.objectNode();
    ArrayNode oneOf = schema.putArray("oneOf");
    List<Variant<K, T>> ordered = new ArrayList<>(variants.values());
    for (Variant<K, T> variant : ordered) {
      ObjectNode kind = Shapes.NODES.objectNode().put("const", variant.kind().name());
      oneOf.add(schemas.reference(variant.shape().name(),
          () -> variant.shape().objectSchema(schemas, discriminator, kind)));
    }
    return schema;
  }
}
