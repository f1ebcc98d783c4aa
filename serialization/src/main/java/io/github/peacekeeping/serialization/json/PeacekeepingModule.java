package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the peacekeeping values: registers a serializer and a deserializer for
 * every core value type, writing and reading the JSON exchange format of {@code
 * docs/json-format.md} (codes for enumerations, strings for contributors, missions, resolutions,
 * shares and mandate periods, absent optionals omitted, no class names or type ids).
 *
 * <p>Serializers and deserializers are those of the one description of the format that {@link
 * JsonReader}, {@link JsonWriter} and {@link JsonSchemas} use, so what is written, what is read
 * and what the schema describes cannot drift apart. Each deserializer decodes the value from the
 * mapper's token stream, so a mapper with this module reads exactly what the reader reads: a value
 * with any problem (unknown property, unknown code, {@code null}, a core invariant broken) fails
 * with one {@link InvalidValueException}, a Jackson {@code MismatchedInputException} located at
 * the start of the value, listing every problem with its JSON Pointer from the root of the
 * document. Deserializers run no communiqué rule: use {@link JsonReader} with a validation context
 * for that.
 *
 * <p>A {@code DeploymentSnapshot} has no row in the format's table of values: it is written as
 * the deployment-snapshot exchange document (schema version, type, date, records).
 *
 * <p>The module is registered as a {@code tools.jackson.databind.JacksonModule} service, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it. The serializers are stateless singletons
 * shared by every instance of the module. Prefer {@link JsonWriter}, which validates the
 * communiqué rules before writing; with this module alone a mapper writes without validating.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeacekeepingModule extends JacksonModule {

  private static final List<ValueSerializer<?>> SERIALIZERS = serializers();

  private static final SimpleDeserializers DESERIALIZERS = deserializers();

  /** Creates the module; every instance shares the same serializers and deserializers. */
  public PeacekeepingModule() {}

  /**
   * Returns the name of the module.
   *
   * @return {@code "peacekeeping"}, never null
   */
  @Override
  public String getModuleName() {
    return "peacekeeping";
  }

  /**
   * Returns the version of the module, unknown for this build.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers of the core value types.
   *
   * @param context the set-up context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new SimpleSerializers(SERIALIZERS));
    context.addDeserializers(DESERIALIZERS);
  }

  private static SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : ExchangeTypes.types()) {
      if (type != PledgeRegistryDocument.class && type != DeploymentSnapshotDocument.class) {
        add(deserializers, type);
      }
    }
    // Written as the deployment-snapshot document, so read as one.
    deserializers.addDeserializer(DeploymentSnapshot.class, ShapeDeserializer.via(
        DeploymentSnapshot.class, DeploymentSnapshotDocument.class,
        DeploymentSnapshotDocument::snapshot));
    return deserializers;
  }

  private static <T> void add(SimpleDeserializers deserializers, Class<T> type) {
    ValueDeserializer<T> deserializer = ShapeDeserializer.of(type);
    deserializers.addDeserializer(type, deserializer);
  }

  /** Whether a value of this class is written by this module (a core value type). */
  static boolean writes(Class<?> type) {
    if (DeploymentSnapshot.class.isAssignableFrom(type)) {
      return true;
    }
    Shape<?> shape = ExchangeTypes.forWriting(type);
    return shape != null && !(shape instanceof DocumentShape);
  }

  /**
   * A serializer for every type of the format but the exchange documents (written by {@link
   * JsonWriter}), and for a {@code DeploymentSnapshot}, written as its document.
   */
  private static List<ValueSerializer<?>> serializers() {
    List<ValueSerializer<?>> serializers = new ArrayList<>();
    for (Class<?> type : ExchangeTypes.types()) {
      if (type != PledgeRegistryDocument.class && type != DeploymentSnapshotDocument.class) {
        serializers.add(serializer(type));
      }
    }
    serializers.add(ShapeSerializer.converted(DeploymentSnapshot.class,
        Format.DEPLOYMENT_SNAPSHOT, DeploymentSnapshotDocument::of));
    return List.copyOf(serializers);
  }

  private static <T> ValueSerializer<T> serializer(Class<T> type) {
    return ShapeSerializer.of(type, ExchangeTypes.exact(type));
  }
}
