package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.InvalidAttributeException;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object of the format: its properties in the order they are written, each with its name,
 * its shape, whether it is required, how it is read from the core value, and a description for the
 * schema; and how the core value is built from them. Reading reports a non-object, every unknown,
 * repeated, missing or {@code null} property and every problem of a property's value, and builds
 * the value only from sound parts; a core invariant the parts break together is reported at the
 * property the core names.
 *
 * @param <T> the core type
 */
final class ObjectShape<T> extends Shape<T> {

  /** Builds the name matchers: those of one JSON factory serve every JSON parser. */
  private static final JsonFactory NAMES = new JsonFactory();

  private final String name;
  private final String description;
  private final List<Property<T>> properties;
  private final Function<Values, T> build;
  private final PropertyNameMatcher matcher;
  private final String expected;
  private final long required;

  private ObjectShape(String name, String what, String description, List<Property<T>> properties,
      Function<Values, T> build) {
    super(what);
    if (properties.size() > 63) {
      throw new IllegalArgumentException("properties: at most 63, was " + properties.size());
    }
    this.name = name;
    this.description = description;
    this.properties = List.copyOf(properties);
    this.build = build;
    List<Named> names = new ArrayList<>();
    long requiredMask = 0;
    for (Property<T> property : properties) {
      names.add(Named.fromString(property.name));
      if (property.required()) {
        requiredMask |= 1L << property.index;
      }
    }
    this.required = requiredMask;
    this.matcher = NAMES.constructNameMatcher(names, false);
    this.expected = properties.stream().map(p -> p.name).collect(Collectors.joining(", "));
  }

  /** Starts the description of an object: its schema definition's name and what it is. */
  static <T> Builder<T> builder(String name, String what, String description) {
    return new Builder<>(name, what, description);
  }

  /** The name of the object's definition in the schema ({@code $defs}). */
  String name() {
    return name;
  }

  List<Property<T>> properties() {
    return properties;
  }

  /** A property by name, or null. */
  Property<T> property(String propertyName) {
    for (Property<T> property : properties) {
      if (property.name.equals(propertyName)) {
        return property;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- reading

  @Override
  T read(Input in) {
    if (!in.atObject(what())) {
      return null;
    }
    long start = in.position();
    int n = properties.size();
    Object[] values = new Object[n];
    long[] positions = new long[n];
    long seen = 0;
    boolean failed = false;
    for (int index = in.nextName(matcher); index != PropertyNameMatcher.MATCH_END_OBJECT
        && index != PropertyNameMatcher.MATCH_ODD_TOKEN; index = in.nextName(matcher)) {
      if (index < 0) {
        String unknown = in.currentName();
        in.next();
        in.push(unknown);
        in.report(ProblemCode.UNKNOWN_PROPERTY, "unknown property " + Shapes.quote(unknown)
            + " in " + what() + " (expected " + expected + ")");
        in.skip();
        in.pop();
        failed = true;
        continue;
      }
      Property<T> property = properties.get(index);
      in.next();
      in.push(property.name);
      if ((seen & (1L << index)) != 0) {
        in.report(ProblemCode.DUPLICATE_PROPERTY,
            "duplicate property '" + property.name + "' in " + what());
        in.skip();
        failed = true;
      } else {
        seen |= 1L << index;
        positions[index] = in.position();
        Object value = in.value(property.shape);
        if (value == null) {
          failed = true;
        } else {
          values[index] = value;
        }
      }
      in.pop();
    }
    return complete(in, values, positions, seen, start, failed);
  }

  /**
   * Reports the missing required properties and builds the value from sound parts; null when
   * anything was reported.
   */
  T complete(Input in, Object[] values, long[] positions, long seen, long start, boolean failed) {
    long missing = required & ~seen;
    if (missing != 0) {
      for (Property<T> property : properties) {
        if ((missing & (1L << property.index)) != 0) {
          in.report(ProblemCode.MISSING_PROPERTY, in.pointer(), start,
              "missing required property '" + property.name + "'");
        }
      }
      return null;
    }
    if (failed) {
      return null;
    }
    for (Property<T> property : properties) {
      if (values[property.index] == null) {
        values[property.index] = property.absent();
      }
    }
    Values parts = new Values(values, positions);
    try {
      return build.apply(parts);
    } catch (Format.Refused refused) {
      for (Format.Gap gap : refused.gaps) {
        Property<T> property = gap.property() == null ? null : property(gap.property());
        if (property == null) {
          in.report(gap.code(), in.pointer(), start, gap.message());
        } else {
          in.report(gap.code(), in.pointer(property.name) + gap.within(),
              positions[property.index], gap.message());
        }
      }
      return null;
    } catch (InvalidAttributeException e) {
      // The attribute that failed is data (never parsed from the message); an attribute the
      // document did not give (a default) is reported at the object.
      Property<T> property = property(e.attribute());
      if (property == null || (seen & (1L << property.index)) == 0) {
        in.report(ProblemCode.INVALID_VALUE, in.pointer(), start, e.getMessage());
      } else {
        String pointer = in.pointer(property.name)
            + e.element().map(element -> "/" + Input.escape(element)).orElse("");
        in.report(ProblemCode.INVALID_VALUE, pointer, positions[property.index], e.getMessage());
      }
      return null;
    } catch (IllegalArgumentException e) {
      // A core check without an attribute (none today): the object as a whole.
      in.report(ProblemCode.INVALID_VALUE, in.pointer(), start, e.getMessage());
      return null;
    }
  }

  // ---------------------------------------------------------------- writing

  @Override
  void write(T value, JsonGenerator out) {
    out.writeStartObject();
    writeProperties(value, out);
    out.writeEndObject();
  }

  /** Writes the properties of a value, those absent omitted. */
  void writeProperties(T value, JsonGenerator out) {
    for (Property<T> property : properties) {
      property.write(value, out);
    }
  }

  // ---------------------------------------------------------------- the schema

  @Override
  ObjectNode schema(SchemaGenerator schemas) {
    return schemas.reference(name, () -> objectSchema(schemas, null, null));
  }

  /**
   * The schema of the object, with an extra first property (a union's discriminator) when {@code
   * extraName} is not null.
   */
  ObjectNode objectSchema(SchemaGenerator schemas, String extraName, ObjectNode extra) {
    ObjectNode schema = Shapes.type("object");
    if (description != null) {
      schema.put("description", description);
    }
    ObjectNode props = schema.putObject("properties");
    ArrayNode requiredNames = schema.putArray("required");
    if (extraName != null) {
      props.set(extraName, extra);
      requiredNames.add(extraName);
    }
    for (Property<T> property : properties) {
      ObjectNode propertySchema = property.shape.schema(schemas);
      if (property.description != null) {
        // A description beside a $ref is allowed in draft 2020-12.
        propertySchema = propertySchema.deepCopy().put("description", property.description);
      }
      props.set(property.name, propertySchema);
      if (property.required()) {
        requiredNames.add(property.name);
      }
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  // ---------------------------------------------------------------- properties

  /** One property of an object. */
  abstract static class Property<T> {
    final String name;
    final Shape<?> shape;
    final String description;
    final int index;

    Property(String name, Shape<?> shape, String description, int index) {
      this.name = name;
      this.shape = shape;
      this.description = description;
      this.index = index;
    }

    /** Whether a document must give the property. */
    abstract boolean required();

    /** The part a build gets when the property is absent. */
    abstract Object absent();

    /** Writes the property of a value, unless it is absent. */
    abstract void write(T value, JsonGenerator out);

    @SuppressWarnings("unchecked")
    final <V> void writeValue(Object value, JsonGenerator out) {
      out.writeName(name);
      ((Shape<V>) shape).write((V) value, out);
    }
  }

  /** A required property. */
  static final class Required<T, V> extends Property<T> {
    private final Function<T, V> getter;

    Required(String name, Shape<V> shape, String description, int index, Function<T, V> getter) {
      super(name, shape, description, index);
      this.getter = getter;
    }

    @Override
    boolean required() {
      return true;
    }

    @Override
    Object absent() {
      throw new AssertionError("a required property is never absent: " + name);
    }

    @Override
    void write(T value, JsonGenerator out) {
      writeValue(getter.apply(value), out);
    }
  }

  /** An optional property, omitted when absent ({@code null} is never written). */
  static class Optional_<T, V> extends Property<T> {
    private final Function<T, Optional<V>> getter;

    Optional_(String name, Shape<V> shape, String description, int index,
        Function<T, Optional<V>> getter) {
      super(name, shape, description, index);
      this.getter = getter;
    }

    @Override
    boolean required() {
      return false;
    }

    @Override
    Object absent() {
      return ABSENT;
    }

    @Override
    void write(T value, JsonGenerator out) {
      Optional<V> part = getter.apply(value);
      if (part.isPresent()) {
        writeValue(part.get(), out);
      }
    }
  }

  /** An optional integer property: an optional property read back as an {@code OptionalInt}. */
  static final class OptionalInt_<T> extends Optional_<T, Integer> {
    OptionalInt_(String name, Shape<Integer> shape, String description, int index,
        Function<T, OptionalInt> getter) {
      super(name, shape, description, index, value -> {
        OptionalInt part = getter.apply(value);
        return part.isPresent() ? Optional.of(part.getAsInt()) : Optional.empty();
      });
    }
  }

  /**
   * An array or an object of codes that may be omitted, meaning empty. It is always written, so
   * that a document shows what is empty.
   */
  static final class Collection_<T, C> extends Property<T> {
    private final Function<T, C> getter;
    private final C empty;

    Collection_(String name, Shape<C> shape, String description, int index, Function<T, C> getter,
        C empty) {
      super(name, shape, description, index);
      this.getter = getter;
      this.empty = empty;
    }

    @Override
    boolean required() {
      return false;
    }

    @Override
    Object absent() {
      return empty;
    }

    @Override
    void write(T value, JsonGenerator out) {
      writeValue(getter.apply(value), out);
    }
  }

  private static final Object ABSENT = new Object();

  /** The parts read for one object, by property. */
  static final class Values {
    private final Object[] values;
    private final long[] positions;

    Values(Object[] values, long[] positions) {
      this.values = values;
      this.positions = positions;
    }

    @SuppressWarnings("unchecked")
    <V> V get(Required<?, V> property) {
      return (V) values[property.index];
    }

    @SuppressWarnings("unchecked")
    <V> Optional<V> get(Optional_<?, V> property) {
      Object value = values[property.index];
      return value == ABSENT ? Optional.empty() : Optional.of((V) value);
    }

    OptionalInt get(OptionalInt_<?> property) {
      Object value = values[property.index];
      return value == ABSENT ? OptionalInt.empty() : OptionalInt.of((Integer) value);
    }

    @SuppressWarnings("unchecked")
    <C> C get(Collection_<?, C> property) {
      return (C) values[property.index];
    }

    /** Where a property's value began (see {@link Input#position()}), 0 when absent. */
    long position(Property<?> property) {
      return positions[property.index];
    }
  }

  // ---------------------------------------------------------------- the builder

  /** Describes an object, property by property. */
  static final class Builder<T> {
    private final String name;
    private final String what;
    private final String description;
    private final List<Property<T>> properties = new ArrayList<>();

    private Builder(String name, String what, String description) {
      this.name = name;
      this.what = what;
      this.description = description;
    }

    <V> Required<T, V> required(String property, Shape<V> shape, Function<T, V> getter) {
      return required(property, shape, getter, null);
    }

    <V> Required<T, V> required(String property, Shape<V> shape, Function<T, V> getter,
        String about) {
      return add(new Required<>(property, shape, about, properties.size(), getter));
    }

    <V> Optional_<T, V> optional(String property, Shape<V> shape,
        Function<T, Optional<V>> getter) {
      return optional(property, shape, getter, null);
    }

    <V> Optional_<T, V> optional(String property, Shape<V> shape,
        Function<T, Optional<V>> getter, String about) {
      return add(new Optional_<>(property, shape, about, properties.size(), getter));
    }

    OptionalInt_<T> optionalInt(String property, Shape<Integer> shape,
        Function<T, OptionalInt> getter, String about) {
      return add(new OptionalInt_<>(property, shape, about, properties.size(), getter));
    }

    <V> Collection_<T, List<V>> list(String property, Shape<V> element,
        Function<T, List<V>> getter) {
      return add(new Collection_<>(property, Shapes.list(element), null, properties.size(),
          getter, List.of()));
    }

    <V> Collection_<T, Set<V>> set(String property, Shape<V> element,
        Function<T, Set<V>> getter) {
      return add(new Collection_<>(property, Shapes.set(element), null, properties.size(),
          getter, Set.of()));
    }

    <K extends Enum<K>, V> Collection_<T, Map<K, V>> map(String property, Class<K> keys,
        Shape<V> value, Function<T, Map<K, V>> getter, String about) {
      return add(new Collection_<>(property, Shapes.map(keys, value), about, properties.size(),
          getter, Map.of()));
    }

    private <P extends Property<T>> P add(P property) {
      for (Property<T> other : properties) {
        if (other.name.equals(property.name)) {
          throw new IllegalArgumentException("property: '" + property.name + "' twice in " + what);
        }
      }
      properties.add(property);
      return property;
    }

    ObjectShape<T> build(Function<Values, T> factory) {
      return new ObjectShape<>(name, what, description, properties, factory);
    }
  }
}
