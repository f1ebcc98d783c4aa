package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.serialization.problem.ProblemCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An exchange document: an envelope, {@code "schemaVersion"} and {@code "type"}, around a body
 * whose shape depends on the major version. The envelope is judged before anything else: a
 * document of another major version may mean anything, so nothing else of it is judged. When the
 * envelope comes after the body (this library writes it first), the body is read once the
 * envelope is known: {@link EnvelopeLater} asks the caller to find it first ({@link
 * #envelope(Input)}) and read again.
 *
 * @param <T> the document type
 */
final class DocumentShape<T> extends Shape<T> {

  static final String SCHEMA_VERSION = "schemaVersion";
  static final String TYPE = "type";

  /** The major versions of the format this reader reads. */
  enum Major {
    /** Schema 1.0, read where its values map onto the current model without inventing a fact. */
    ONE,
    /** The current major version, {@link Format#MAJOR}. */
    CURRENT
  }

  /** Thrown when the body comes before the envelope: find the envelope, then read again. */
  static final class EnvelopeLater extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnvelopeLater() {
      super(null, null, false, false);
    }
  }

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** What this reader reads, for messages. */
  static final String READS = "major version " + Format.MAJOR + " up to " + Format.VERSION
      + ", and " + Format.VERSION_1 + " where it maps without inventing a fact";

  private final String type;
  private final Map<Major, ObjectShape<T>> bodies;

  DocumentShape(String what, String type, ObjectShape<T> current, ObjectShape<T> one) {
    super(what);
    this.type = type;
    this.bodies = new EnumMap<>(Major.class);
    bodies.put(Major.CURRENT, current);
    bodies.put(Major.ONE, one);
  }

  /** The document's body in the current version. */
  ObjectShape<T> body() {
    return bodies.get(Major.CURRENT);
  }

  @Override
  T read(Input in) {
    return read(in, null);
  }

  /**
   * Reads the document; with {@code known}, the major version found by {@link #envelope(Input)}
   * on an earlier pass.
   */
  T read(Input in, Major known) {
    if (!in.atObject("an exchange document")) {
      return null;
    }
    long start = in.position();
    Envelope envelope = new Envelope(start);
    Major major = known;
    ObjectShape<T> body = null;
    Object[] values = null;
    long[] positions = null;
    long seen = 0;
    boolean failed = false;
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.currentName();
      in.next();
      in.push(name);
      if (name.equals(SCHEMA_VERSION) || name.equals(TYPE)) {
        if (!envelope.read(in, name)) {
          in.pop();
          skipRest(in);
          return null;
        }
      } else {
        if (body == null) {
          if (major == null) {
            if (!envelope.complete()) {
              throw new EnvelopeLater();
            }
            in.pop();
            major = judge(in, envelope);
            if (major == null) {
              in.skip();
              skipRest(in);
              return null;
            }
            in.push(name);
          }
          body = bodies.get(major);
          values = new Object[body.properties().size()];
          positions = new long[values.length];
        }
        ObjectShape.Property<T> property = body.property(name);
        if (property == null) {
          in.report(ProblemCode.UNKNOWN_PROPERTY, "unknown property " + Shapes.quote(name)
              + " in " + what() + " (expected " + SCHEMA_VERSION + ", " + TYPE + ", "
              + String.join(", ", body.properties().stream().map(p -> p.name).toList()) + ")");
          in.skip();
          failed = true;
        } else if ((seen & (1L << property.index)) != 0) {
          in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property '" + name + "'");
          in.skip();
          failed = true;
        } else {
          seen |= 1L << property.index;
          positions[property.index] = in.position();
          Object value = in.value(property.shape);
          failed |= value == null;
          values[property.index] = value;
        }
      }
      in.pop();
    }
    if (major == null) {
      major = judge(in, envelope);
      if (major == null) {
        return null;
      }
    }
    if (body == null) {
      body = bodies.get(major);
      values = new Object[body.properties().size()];
      positions = new long[values.length];
    }
    return body.complete(in, values, positions, seen, start, failed);
  }

  /**
   * Reads only the envelope of a document, skipping the rest, and returns the major version to
   * read it as; null when the envelope is refused (its problems reported).
   */
  Major envelope(Input in) {
    if (!in.atObject("an exchange document")) {
      return null;
    }
    Envelope envelope = new Envelope(in.position());
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.currentName();
      in.next();
      in.push(name);
      if (name.equals(SCHEMA_VERSION) || name.equals(TYPE)) {
        if (!envelope.read(in, name)) {
          return null;
        }
      } else {
        in.skip();
      }
      in.pop();
    }
    return judge(in, envelope);
  }

  /**
   * For a stream: reads the envelope of a document up to its property {@code payload}, leaving the
   * parser on the first token of that property's value (its name on the path), and returns the
   * major version to read it as; null when the envelope is refused, or comes after the payload, or
   * the payload is missing (each reported).
   */
  Major head(Input in, String payload) {
    Envelope envelope = new Envelope(in.position());
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.currentName();
      in.next();
      in.push(name);
      if (name.equals(SCHEMA_VERSION) || name.equals(TYPE)) {
        if (!envelope.read(in, name)) {
          in.pop();
          return null;
        }
      } else if (name.equals(payload)) {
        in.pop();
        if (!envelope.complete()) {
          judge(in, envelope);
          in.report(ProblemCode.MISSING_PROPERTY, in.pointer(payload), in.position(),
              "a streamed " + type + " document must give its " + SCHEMA_VERSION + " and " + TYPE
                  + " before its " + payload);
          return null;
        }
        Major major = judge(in, envelope);
        return major;
      } else {
        in.report(ProblemCode.UNKNOWN_PROPERTY, "unknown property " + Shapes.quote(name) + " in "
            + what() + " (expected " + SCHEMA_VERSION + ", " + TYPE + ", " + payload + ")");
        in.skip();
      }
      in.pop();
    }
    if (judge(in, envelope) != null) {
      in.report(ProblemCode.MISSING_PROPERTY, in.pointer(), envelope.start,
          "missing required property '" + payload + "'");
    }
    return null;
  }

  private static void skipRest(Input in) {
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      in.next();
      in.skip();
    }
  }

  /** The envelope's two strings as read, with where they were. */
  private final class Envelope {
    final long start;
    String version;
    long versionAt;
    String documentType;
    long typeAt;

    Envelope(long start) {
      this.start = start;
    }

    /** Reads one envelope property; false when it is not a string (reported). */
    boolean read(Input in, String name) {
      long at = in.position();
      String text = in.value(Shapes.STRING);
      if (text == null) {
        return false;
      }
      if (name.equals(SCHEMA_VERSION)) {
        if (version != null) {
          in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property '" + name + "'");
          return false;
        }
        version = text;
        versionAt = at;
      } else {
        if (documentType != null) {
          in.report(ProblemCode.DUPLICATE_PROPERTY, "duplicate property '" + name + "'");
          return false;
        }
        documentType = text;
        typeAt = at;
      }
      return true;
    }

    boolean complete() {
      return version != null && documentType != null;
    }
  }

  /** Checks the envelope: the version first, then the type. */
  private Major judge(Input in, Envelope envelope) {
    String here = in.pointer();
    if (envelope.version == null) {
      in.report(ProblemCode.MISSING_PROPERTY, here, envelope.start,
          "missing required property '" + SCHEMA_VERSION + "' (this reader reads " + READS + ")");
      return null;
    }
    String versionAt = in.pointer(SCHEMA_VERSION);
    String text = envelope.version;
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      in.report(ProblemCode.UNSUPPORTED_VERSION, versionAt, envelope.versionAt,
          "malformed schema version " + Shapes.quote(text) + " (expected MAJOR.MINOR such as "
              + Format.VERSION + ")");
      return null;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    Major read;
    if (major == Format.MAJOR) {
      if (minor > Format.MINOR) {
        in.report(ProblemCode.UNSUPPORTED_VERSION, versionAt, envelope.versionAt,
            "schema version " + Shapes.quote(text) + " is newer than this reader's "
                + Format.VERSION + ": read it with a newer version of the library");
        return null;
      }
      read = Major.CURRENT;
    } else if (text.equals(Format.VERSION_1)) {
      read = Major.ONE;
    } else {
      in.report(ProblemCode.UNSUPPORTED_VERSION, versionAt, envelope.versionAt,
          "unsupported schema version " + Shapes.quote(text) + ": this reader reads " + READS);
      return null;
    }
    if (envelope.documentType == null) {
      in.report(ProblemCode.MISSING_PROPERTY, here, envelope.start,
          "missing required property '" + TYPE + "' (expected '" + type + "')");
      return null;
    }
    if (!envelope.documentType.equals(type)) {
      in.report(ProblemCode.WRONG_DOCUMENT_TYPE, in.pointer(TYPE), envelope.typeAt,
          "unexpected document type " + Shapes.quote(envelope.documentType) + " (expected '"
              + type + "')");
      return null;
    }
    return read;
  }

  @Override
  void write(T value, JsonGenerator out) {
    out.writeStartObject();
    out.writeName(SCHEMA_VERSION);
    out.writeString(Format.VERSION);
    out.writeName(TYPE);
    out.writeString(type);
    body().writeProperties(value, out);
    out.writeEndObject();
  }

  /**
   * The document's schema: the envelope with the versions this reader reads (every minor version
   * up to its own, and 1.0), and the body of the version given.
   */
  @Override
  ObjectNode schema(SchemaGenerator schemas) {
    ObjectNode current = envelopeSchema(schemas, Major.CURRENT);
    ObjectNode one = envelopeSchema(schemas, Major.ONE);
    ObjectNode schema = Shapes.NODES.objectNode();
    ObjectNode condition = schema.putObject("if");
    condition.putObject("properties").putObject(SCHEMA_VERSION).put("const", Format.VERSION_1);
    condition.putArray("required").add(SCHEMA_VERSION);
    schema.set("then", one);
    schema.set("else", current);
    return schema;
  }

  private ObjectNode envelopeSchema(SchemaGenerator schemas, Major major) {
    ObjectNode version = Shapes.type("string");
    ArrayNode versions = version.putArray("enum");
    if (major == Major.ONE) {
      versions.add(Format.VERSION_1);
    } else {
      for (int minor = 0; minor <= Format.MINOR; minor++) {
        versions.add(Format.MAJOR + "." + minor);
      }
    }
    ObjectNode schema = bodies.get(major).objectSchema(schemas, SCHEMA_VERSION, version);
    ObjectNode properties = (ObjectNode) schema.get("properties");
    // The type right after the version, as documents give them.
    ObjectNode ordered = Shapes.NODES.objectNode();
    ordered.set(SCHEMA_VERSION, properties.get(SCHEMA_VERSION));
    ordered.set(TYPE, Shapes.NODES.objectNode().put("const", type));
    properties.properties().forEach(e -> {
      if (!e.getKey().equals(SCHEMA_VERSION)) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    schema.set("properties", ordered);
    ((ArrayNode) schema.get("required")).insert(1, TYPE);
    return schema;
  }
}
