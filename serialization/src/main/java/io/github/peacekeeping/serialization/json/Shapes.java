package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shapes of the format's scalars and containers: strings, booleans, bounded integers, dates,
 * codes, catalogue lookups, arrays, sets and objects keyed by codes.
 */
final class Shapes {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Shapes() {}

  /** Quotes user text for a message, shortened so a hostile document cannot flood the report. */
  static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "…" : text;
  }

  static ObjectNode type(String type) {
    return NODES.objectNode().put("type", type);
  }

  // ---------------------------------------------------------------- strings and booleans

  /** Any string; the core model checks what it must (not blank, …). */
  static final Shape<String> STRING = new Shape<>("a string") {
    @Override
    String read(Input in) {
      if (in.token() != JsonToken.VALUE_STRING) {
        in.wrongType("a string");
        return null;
      }
      return in.string();
    }

    @Override
    void write(String value, JsonGenerator out) {
      out.writeString(value);
    }

    @Override
    ObjectNode schema(SchemaGenerator schemas) {
      return type("string");
    }
  };

  static final Shape<Boolean> BOOLEAN = new Shape<>("a boolean") {
    @Override
    Boolean read(Input in) {
      JsonToken token = in.token();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      in.wrongType("a boolean (true or false)");
      return null;
    }

    @Override
    void write(Boolean value, JsonGenerator out) {
      out.writeBoolean(value);
    }

    @Override
    ObjectNode schema(SchemaGenerator schemas) {
      return type("boolean");
    }
  };

  /**
   * A textual value parsed into a core value. The parser returns null, or throws the core's
   * {@code IllegalArgumentException}, for text of the wrong form, which is then reported as {@link
   * ProblemCode#MALFORMED_VALUE} with {@code expected}. The schema gives {@code pattern}, which
   * accepts at least every text the parser accepts, or no pattern when null.
   */
  static <T> Shape<T> text(String what, String expected, String pattern,
      Function<String, T> parse, Function<T, String> format) {
    return new Shape<>(what) {
      @Override
      T read(Input in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          in.wrongType(what + " (a string)");
          return null;
        }
        String text = in.string();
        T value;
        try {
          value = parse.apply(text);
        } catch (IllegalArgumentException e) {
          value = null;
        }
        if (value == null) {
          in.report(ProblemCode.MALFORMED_VALUE,
              "malformed " + what.substring(what.indexOf(' ') + 1) + " " + quote(text)
                  + " (expected " + expected + ")");
        }
        return value;
      }

      @Override
      void write(T value, JsonGenerator out) {
        out.writeString(format.apply(value));
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("string");
        if (pattern != null) {
          schema.put("pattern", pattern);
        }
        return schema;
      }
    };
  }

  /**
   * A string looked up in a fixed table of the library (a catalogue, the standard unit types): an
   * unknown one is reported with {@code code} and {@code unknown}, which says what was expected.
   */
  static <T> Shape<T> lookup(String what, ProblemCode code, Map<String, T> table,
      Function<T, String> key, Function<String, String> unknown) {
    Map<String, T> copy = Map.copyOf(table);
    List<String> keys = table.keySet().stream().sorted().toList();
    return new Shape<>(what) {
      @Override
      T read(Input in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          in.wrongType(what + " (a string)");
          return null;
        }
        String text = in.string();
        T value = copy.get(text);
        if (value == null) {
          in.report(code, unknown.apply(text));
        }
        return value;
      }

      @Override
      void write(T value, JsonGenerator out) {
        out.writeString(key.apply(value));
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("string");
        ArrayNode values = schema.putArray("enum");
        keys.forEach(values::add);
        return schema;
      }
    };
  }

  /** A shape whose values are those of another shape of which only some are allowed. */
  static <S, T extends S> Shape<T> narrowed(Shape<S> shape, String what, Class<T> type,
      Function<S, String> refusal) {
    return new Shape<>(what) {
      @Override
      T read(Input in) {
        long at = in.position();
        S value = shape.read(in);
        if (value == null) {
          return null;
        }
        if (type.isInstance(value)) {
          return type.cast(value);
        }
        in.report(ProblemCode.WRONG_CONTRIBUTOR_KIND, in.pointer(), at, refusal.apply(value));
        return null;
      }

      @Override
      void write(T value, JsonGenerator out) {
        shape.write(value, out);
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        return shape.schema(schemas);
      }
    };
  }

  // ---------------------------------------------------------------- numbers

  /** An integer from {@code min} to {@code max}, as an {@code int}. */
  static Shape<Integer> integer(int min, int max) {
    Shape<Long> wide = longInteger(min, max);
    return new Shape<>("an integer") {
      @Override
      Integer read(Input in) {
        Long value = wide.read(in);
        return value == null ? null : value.intValue();
      }

      @Override
      void write(Integer value, JsonGenerator out) {
        out.writeNumber(value);
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        return wide.schema(schemas);
      }
    };
  }

  /** An integer from {@code min} to {@code max}, as a {@code long}. */
  static Shape<Long> longInteger(long min, long max) {
    return new Shape<>("an integer") {
      @Override
      Long read(Input in) {
        if (!isInteger(in)) {
          return null;
        }
        JsonParser parser = in.parser();
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
          long value = parser.getLongValue();
          if (value >= min && value <= max) {
            return value;
          }
        }
        outOfRange(in, min, max);
        return null;
      }

      @Override
      void write(Long value, JsonGenerator out) {
        out.writeNumber(value);
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        return type("integer").put("minimum", min).put("maximum", max);
      }
    };
  }

  private static boolean isInteger(Input in) {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return true;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      in.report(ProblemCode.OUT_OF_RANGE,
          "expected an integer without fraction or exponent, was " + shorten(in.string()));
      return false;
    }
    in.wrongType("an integer (a JSON number)");
    return false;
  }

  private static void outOfRange(Input in, long min, long max) {
    in.report(ProblemCode.OUT_OF_RANGE, "out of range: must be between " + min + " and " + max
        + ", was " + shorten(in.string()));
  }

  // ---------------------------------------------------------------- dates

  /** RFC 3339 full-date, the schema's {@code "format": "date"}: a year of exactly four digits. */
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  static final Shape<LocalDate> DATE = new Shape<>("a date") {
    @Override
    LocalDate read(Input in) {
      if (in.token() != JsonToken.VALUE_STRING) {
        in.wrongType("a date (a string)");
        return null;
      }
      String text = in.string();
      LocalDate date = parseDate(text);
      if (date == null) {
        in.report(ProblemCode.MALFORMED_VALUE, "malformed date " + quote(text)
            + " (expected an ISO-8601 calendar date such as 2021-12-07)");
      }
      return date;
    }

    @Override
    void write(LocalDate value, JsonGenerator out) {
      // LocalDate writes other years with a sign or a fifth digit, which neither the schema nor
      // the reader accepts: the writer must not write what no one can read back.
      if (value.getYear() < 0 || value.getYear() > 9999) {
        throw new IllegalArgumentException("date: must have a year from 0000 to 9999 to be"
            + " written (RFC 3339 full-date), was " + value);
      }
      out.writeString(value.toString());
    }

    @Override
    ObjectNode schema(SchemaGenerator schemas) {
      return type("string").put("format", "date").put("pattern", DATE_PATTERN);
    }
  };

  /**
   * Reads {@code yyyy-mm-dd}, a day of the ISO calendar with a four-digit year, without the
   * formatter's machinery; returns null for anything else (2021-02-30, -2013-12-31, 2013-1-01).
   */
  static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > java.time.Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The value of the ASCII digits text[from, to), or -1 if one is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // ---------------------------------------------------------------- codes

  private static final ClassValue<Shape<?>> CODES = new ClassValue<>() {
    @Override
    protected Shape<?> computeValue(Class<?> type) {
      return codeShape(type.asSubclass(Enum.class));
    }
  };

  /** An enumeration's stable code, its constant's name; an unknown code lists the allowed ones. */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> Shape<E> code(Class<E> type) {
    return (Shape<E>) CODES.get(type);
  }

  private static <E extends Enum<E>> Shape<E> codeShape(Class<E> type) {
    String label = label(type);
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    String allowed = codes(type);
    return new Shape<>("a " + label) {
      @Override
      E read(Input in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          in.wrongType("a " + label + " code (a string)");
          return null;
        }
        String text = in.string();
        E constant = byName.get(text);
        if (constant == null) {
          in.report(ProblemCode.UNKNOWN_CODE,
              "unknown " + label + " " + quote(text) + " (expected one of " + allowed + ")");
        }
        return constant;
      }

      @Override
      void write(E value, JsonGenerator out) {
        out.writeString(value.name());
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("string");
        ArrayNode values = schema.putArray("enum");
        for (E constant : type.getEnumConstants()) {
          values.add(constant.name());
        }
        return schema;
      }
    };
  }

  /** The codes of an enumeration, for messages: {@code "LEVEL_1, LEVEL_2, …"}. */
  static String codes(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /** "ReadinessLevel" becomes "readiness level". */
  private static String label(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- containers

  /** An array of values of one shape, read as a list; null when an element had a problem. */
  static <T> Shape<List<T>> list(Shape<T> element) {
    return new Shape<>("an array") {
      @Override
      List<T> read(Input in) {
        return elements(in, element, false);
      }

      @Override
      void write(List<T> values, JsonGenerator out) {
        out.writeStartArray();
        for (T value : values) {
          element.write(value, out);
        }
        out.writeEndArray();
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("array");
        schema.set("items", element.schema(schemas));
        return schema;
      }
    };
  }

  /** An array standing for a set: a repeated element is a problem. */
  static <T> Shape<Set<T>> set(Shape<T> element) {
    return new Shape<>("an array") {
      @Override
      @SuppressWarnings("unchecked")
      Set<T> read(Input in) {
        List<T> list = elements(in, element, true);
        return list == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(list));
      }

      @Override
      void write(Set<T> values, JsonGenerator out) {
        out.writeStartArray();
        for (T value : values) {
          element.write(value, out);
        }
        out.writeEndArray();
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("array").put("uniqueItems", true);
        schema.set("items", element.schema(schemas));
        return schema;
      }
    };
  }

  private static <T> List<T> elements(Input in, Shape<T> element, boolean unique) {
    if (in.token() != JsonToken.START_ARRAY) {
      in.wrongType("an array");
      return null;
    }
    List<T> list = new ArrayList<>();
    Set<T> seen = unique ? new java.util.HashSet<>() : null;
    boolean failed = false;
    int index = 0;
    for (JsonToken token = in.next(); token != JsonToken.END_ARRAY; token = in.next(), index++) {
      in.push(index);
      T value = in.value(element);
      if (value == null) {
        failed = true;
      } else if (seen != null && !seen.add(value)) {
        in.report(ProblemCode.REPEATED_ELEMENT, "repeated element '" + value + "' in a set");
        failed = true;
      } else {
        list.add(value);
      }
      in.pop();
    }
    return failed ? null : list;
  }

  /** An object whose property names are the codes of an enumeration, each with a value. */
  static <K extends Enum<K>, V> Shape<Map<K, V>> map(Class<K> keys, Shape<V> value) {
    Map<String, K> byName = new HashMap<>();
    for (K constant : keys.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    String label = label(keys);
    String allowed = codes(keys);
    return new Shape<>("an object keyed by " + label + " codes") {
      @Override
      Map<K, V> read(Input in) {
        if (in.token() != JsonToken.START_OBJECT) {
          in.wrongType("an object keyed by " + label + " codes");
          return null;
        }
        Map<K, V> map = new LinkedHashMap<>();
        boolean failed = false;
        for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
          String name = in.currentName();
          in.next();
          in.push(name);
          K key = byName.get(name);
          if (key == null) {
            in.report(ProblemCode.UNKNOWN_CODE,
                "unknown " + label + " " + quote(name) + " (expected one of " + allowed + ")");
            in.skip();
            failed = true;
          } else {
            V v = in.value(value);
            if (v == null) {
              failed = true;
            } else if (map.putIfAbsent(key, v) != null) {
              in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property " + quote(name));
              failed = true;
            }
          }
          in.pop();
        }
        return failed ? null : map;
      }

      @Override
      void write(Map<K, V> values, JsonGenerator out) {
        out.writeStartObject();
        for (Map.Entry<K, V> entry : values.entrySet()) {
          out.writeName(entry.getKey().name());
          value.write(entry.getValue(), out);
        }
        out.writeEndObject();
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = type("object");
        schema.set("propertyNames", code(keys).schema(schemas));
        schema.set("additionalProperties", value.schema(schemas));
        return schema;
      }
    };
  }

  /**
   * A value of one of two shapes by its JSON type: a string of {@code ifString}, or an object of
   * {@code ifObject}. Writing picks the shape with {@code asString}.
   */
  static <T> Shape<T> stringOrObject(String what, Shape<T> ifString, Shape<T> ifObject,
      java.util.function.Predicate<T> asString) {
    return new Shape<>(what) {
      @Override
      T read(Input in) {
        JsonToken token = in.token();
        if (token == JsonToken.VALUE_STRING) {
          return ifString.read(in);
        }
        if (token == JsonToken.START_OBJECT) {
          return ifObject.read(in);
        }
        in.wrongType(what + " (a standard type's code or an object)");
        return null;
      }

      @Override
      void write(T value, JsonGenerator out) {
        (asString.test(value) ? ifString : ifObject).write(value, out);
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        ObjectNode schema = NODES.objectNode();
        schema.putArray("oneOf").add(ifString.schema(schemas)).add(ifObject.schema(schemas));
        return schema;
      }
    };
  }

  /** A shape defined later, for a recursive value (a ceiling's sub-ceilings). */
  static <T> Shape<T> lazy(String what, Supplier<Shape<T>> shape) {
    return new Shape<>(what) {
      @Override
      T read(Input in) {
        return shape.get().read(in);
      }

      @Override
      void write(T value, JsonGenerator out) {
        shape.get().write(value, out);
      }

      @Override
      ObjectNode schema(SchemaGenerator schemas) {
        return shape.get().schema(schemas);
      }
    };
  }
}
