package io.github.peacekeeping.serialization.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the properties of one JSON object, reporting every problem (missing, null, unknown, badly
 * typed) and remembering whether any occurred, so the value is only built from sound parts. Not
 * thread-safe; one instance per object.
 */
final class Fields {

  private final JsonNode node;
  private final Pointer pointer;
  private final Problems problems;
  private final String[] names;
  private boolean failed;

  private Fields(JsonNode node, Pointer pointer, Problems problems, String[] names) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
    this.names = names;
  }

  /**
   * Opens an object whose properties are {@code names}; reports a non-object and every unknown
   * property. Returns null when the node is not an object.
   */
  static Fields open(JsonNode node, Pointer pointer, Problems problems, String what, String... names) {
    if (!Decoders.expect(node, node.isObject(), pointer, problems, what + " (a JSON object)")) {
      return null;
    }
    Fields fields = new Fields(node, pointer, problems, names);
    for (String name : node.propertyNames()) {
      if (!fields.known(name)) {
        problems.structure(
            pointer.child(name),
            "unknown property '" + name + "' in " + what + " (expected "
                + String.join(", ", List.of(names)) + ")");
        fields.failed = true;
      }
    }
    return fields;
  }

  /** A linear scan: objects have at most 16 properties, fewer than hashing a set would save. */
  private boolean known(String name) {
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return true;
      }
    }
    return false;
  }

  Pointer pointer() {
    return pointer;
  }

  Problems problems() {
    return problems;
  }

  boolean failed() {
    return failed;
  }

  void fail() {
    failed = true;
  }

  /** A required property: reports it missing or null. */
  <T> T required(String name, Decoder<T> decoder) {
    JsonNode value = node.get(name);
    if (value == null) {
      problems.structure(pointer, "missing required property '" + name + "'");
      failed = true;
      return null;
    }
    return decode(name, value, decoder);
  }

  /** An optional property: absent is empty, null is a problem (absent values are omitted). */
  <T> Optional<T> optional(String name, Decoder<T> decoder) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(decode(name, value, decoder));
  }

  OptionalInt optionalInt(String name) {
    Optional<Integer> value = optional(name, Decoders::integer);
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }

  /** A list property; may be omitted, meaning empty. */
  <T> List<T> list(String name, Decoder<T> element) {
    JsonNode value = node.get(name);
    if (value == null) {
      return List.of();
    }
    List<T> list = Decoders.list(value, pointer.child(name), problems, element);
    if (list == null) {
      failed = true;
      return List.of();
    }
    return list;
  }

  /** A set property written as an array; may be omitted; a repeated element is a problem. */
  <T> Set<T> set(String name, Decoder<T> element) {
    JsonNode value = node.get(name);
    if (value == null) {
      return Set.of();
    }
    Pointer at = pointer.child(name);
    List<T> list = Decoders.list(value, at, problems, element);
    if (list == null) {
      failed = true;
      return Set.of();
    }
    Set<T> set = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!set.add(list.get(i))) {
        problems.structure(at.index(i), "repeated element '" + list.get(i) + "' in a set");
        failed = true;
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** A map property written as an object keyed by codes; may be omitted, meaning empty. */
  <K, V> Map<K, V> map(String name, Decoder<K> key, Decoder<V> value) {
    JsonNode object = node.get(name);
    if (object == null) {
      return Map.of();
    }
    Pointer at = pointer.child(name);
    if (!Decoders.expect(object, object.isObject(), at, problems, "an object keyed by codes")) {
      failed = true;
      return Map.of();
    }
    Map<K, V> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      Pointer entryAt = at.child(entry.getKey());
      K k = key.decode(JsonNodeFactory.instance.stringNode(entry.getKey()), entryAt, problems);
      V v = Decoders.notNull(entry.getValue(), entryAt, problems) ? value.decode(entry.getValue(), entryAt, problems) : null;
      if (k == null || v == null) {
        failed = true;
      } else {
        map.put(k, v);
      }
    }
    return map;
  }

  /**
   * Builds the value if every part was sound; a core invariant violation becomes a problem at the
   * property its message names ({@code "women: must not be negative"}), else at this object.
   */
  <T> T build(Supplier<T> factory) {
    if (failed) {
      return null;
    }
    try {
      return factory.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.structure(locate(message), message);
      failed = true;
      return null;
    }
  }

  private Pointer locate(String message) {
    int colon = message.indexOf(':');
    if (colon <= 0) {
      return pointer;
    }
    String subject = message.substring(0, colon);
    int bracket = subject.indexOf('[');
    String property = bracket < 0 ? subject : subject.substring(0, bracket);
    if (!known(property) || node.get(property) == null) {
      return pointer;
    }
    Pointer at = pointer.child(property);
    if (bracket > 0 && subject.endsWith("]")) {
      String key = subject.substring(bracket + 1, subject.length() - 1);
      JsonNode container = node.get(property);
      if (container.isObject() && container.get(key) != null) {
        return at.child(key);
      }
      if (container.isArray() && key.matches("\\d{1,9}") && Integer.parseInt(key) < container.size()) {
        return at.index(Integer.parseInt(key));
      }
    }
    return at;
  }

  private <T> T decode(String name, JsonNode value, Decoder<T> decoder) {
    Pointer at = pointer.child(name);
    T result = Decoders.notNull(value, at, problems) ? decoder.decode(value, at, problems) : null;
    if (result == null) {
      failed = true;
    }
    return result;
  }
}
