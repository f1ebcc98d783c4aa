package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.testkit.Deployments;
import io.github.peacekeeping.testkit.Pledges;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schemas ({@link JsonSchemas}) agree with {@link JsonWriter} and {@link
 * JsonReader}, which all derive from one description of the format ({@code Format}): every
 * document the writer writes from generated values the schema accepts, and every mutation of such
 * a document that the schema rejects, the reader rejects too.
 *
 * <p>The converse does not hold and is not asserted: the reader also applies the core model's
 * invariants, which a JSON Schema does not express (or which the format does not spell out a second
 * time). The mutations below find these kinds of document that the schema accepts and the reader
 * refuses (the counts per mutation and per problem code are printed at the end of the run):
 *
 * <ul>
 *   <li>{@code INVALID_VALUE}, invariants across properties or elements: roles, platoons or teams
 *       holding more personnel than their unit; reconfirmations before {@code pledgedOn} or not
 *       strictly increasing (a repeated one); readiness steps whose days do not increase, a step
 *       with neither {@code level} nor {@code exit}, evidence dated after its step; {@code
 *       vettedOn} on a unit that is not vetted; a rotation period that ends before it starts; a
 *       repeated pledge or unit id; a snapshot record of another date than the snapshot's; an
 *       empty readiness history (the schema has no {@code minItems}); a blank id or name;
 *   <li>{@code MALFORMED_VALUE}: a calendar day that does not exist ({@code 2021-02-30}, {@code
 *       2021-13-01}), which the schema's pattern admits (its {@code "format": "date"} is an
 *       annotation in draft 2020-12, not an assertion);
 *   <li>{@code OUT_OF_RANGE}: a number with a fraction or exponent whose value is an integer
 *       ({@code 1.0}, {@code 1e2}), which draft 2020-12 counts as an integer and the reader refuses.
 * </ul>
 *
 * <p>Outside the two documents, values read on their own add two more: an organisation where a
 * Member State belongs ({@code WRONG_CONTRIBUTOR_KIND}, the schema's contributor enumeration is
 * the same at both places) and a share, resolution symbol or mandate period that matches the
 * schema's pattern but does not parse ({@code MALFORMED_VALUE}). A repeated property name ({@code
 * DUPLICATE_PROPERTY}) is out of scope: a parsed tree cannot hold one.
 *
 * <p>Reproducible: QuickTheories runs with a fixed seed ({@code -Dpeacekeeping.schema.seed=N} for
 * another), and each mutation is drawn from a {@link Random} seeded by a generated long.
 */
class SchemaAgreementTest {

  private static final long SEED = Long.getLong("peacekeeping.schema.seed", 20261202L);
  private static final int EXAMPLES = Integer.getInteger("peacekeeping.schema.examples", 300);

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema REGISTRY_SCHEMA = SCHEMAS.getSchema(JsonSchemas.pledgeRegistry());
  private static final Schema SNAPSHOT_SCHEMA =
      SCHEMAS.getSchema(JsonSchemas.deploymentSnapshot());

  private static final JsonWriter WRITER = JsonWriter.create();
  private static final JsonReader READER = JsonReader.create();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<LocalDate> SNAPSHOT_DATES = List.of(
      LocalDate.of(2014, 2, 28), LocalDate.of(2019, 6, 30), LocalDate.of(2026, 10, 31));

  private static final Gen<List<Pledge>> REGISTRIES =
      lists().of(Pledges.pledges()).ofSizeBetween(0, 4);

  private static final Gen<DeploymentSnapshot> SNAPSHOTS = integers()
      .between(0, SNAPSHOT_DATES.size() - 1)
      .flatMap(i -> Deployments.snapshots(SNAPSHOT_DATES.get(i)));

  /** mutation -> {both reject, both accept, only the reader rejects}. */
  private static final Map<String, int[]> OUTCOMES = new TreeMap<>();

  /** For documents only the reader rejects: mutation -> problem code -> how often. */
  private static final Map<String, Map<ProblemCode, Integer>> READER_ONLY = new TreeMap<>();

  /** A document of one of the two types, with its schema. */
  private enum Document {
    REGISTRY(REGISTRY_SCHEMA, PledgeRegistryDocument.class),
    SNAPSHOT(SNAPSHOT_SCHEMA, DeploymentSnapshotDocument.class);

    final Schema schema;
    final Class<?> type;

    Document(Schema schema, Class<?> type) {
      this.schema = schema;
      this.type = type;
    }
  }

  private static String registry(List<Pledge> pledges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writePledgeRegistry(pledges, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String snapshot(DeploymentSnapshot snapshot) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeDeploymentSnapshot(snapshot, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  // ------------------------------------------------------------------ what the writer writes

  @Test
  void every_written_registry_is_accepted_by_the_schema() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(REGISTRIES).checkAssert(pledges -> {
      String json = registry(pledges);
      assertThat(errors(REGISTRY_SCHEMA, json)).as("schema errors for %s", json).isEmpty();
    });
  }

  @Test
  void every_written_snapshot_is_accepted_by_the_schema() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SNAPSHOTS).checkAssert(snapshot -> {
      String json = snapshot(snapshot);
      assertThat(errors(SNAPSHOT_SCHEMA, json)).as("schema errors for %s", json).isEmpty();
    });
  }

  @Test
  void the_hand_written_fixtures_are_accepted_by_the_schema() {
    // They reach what the generators may not: every kind of evidence, exits, custom unit types.
    assertThat(errors(REGISTRY_SCHEMA, registry(WriterFixtures.richRegistry()))).isEmpty();
    assertThat(errors(SNAPSHOT_SCHEMA, snapshot(WriterFixtures.unmissFebruary2014()))).isEmpty();
  }

  // ------------------------------------------------------------------ what the schema rejects

  @Test
  void every_mutated_registry_the_schema_rejects_the_reader_rejects() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(REGISTRIES, longs().all())
        .checkAssert((pledges, seed) -> mutateAndCompare(Document.REGISTRY, registry(pledges),
            seed));
  }

  @Test
  void every_mutated_snapshot_the_schema_rejects_the_reader_rejects() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SNAPSHOTS, longs().all())
        .checkAssert((snapshot, seed) -> mutateAndCompare(Document.SNAPSHOT, snapshot(snapshot),
            seed));
  }

  @Test
  void a_mutated_rich_registry_the_schema_rejects_the_reader_rejects() {
    String json = registry(WriterFixtures.richRegistry());
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all())
        .checkAssert(seed -> mutateAndCompare(Document.REGISTRY, json, seed));
  }

  @Test
  void a_mutated_registry_of_schema_1_0_the_schema_rejects_the_reader_rejects() {
    // The schema's 1.0 branch (if schemaVersion is "1.0", then the 1.0 body) against the 1.0 body.
    String json = Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT),
        Fixtures.pledgeV1(Fixtures.UNIT_WITHOUT_NIO).replace("\"P-1\"", "\"P-2\""));
    assertThat(errors(REGISTRY_SCHEMA, json)).isEmpty();
    READER.read(json, PledgeRegistryDocument.class);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all())
        .checkAssert(seed -> mutateAndCompare(Document.REGISTRY, json, seed));
  }

  /** Applies every mutation once (each with its own randomness) and compares the verdicts. */
  private static void mutateAndCompare(Document document, String json, long seed) {
    for (Map.Entry<String, BiFunction<ObjectNode, Random, Boolean>> mutation
        : MUTATIONS.entrySet()) {
      Random random = new Random(seed ^ mutation.getKey().hashCode());
      ObjectNode tree = (ObjectNode) TREES.readTree(json);
      if (!mutation.getValue().apply(tree, random)) {
        continue; // nothing in this document to mutate that way
      }
      String mutated = TREES.writeValueAsString(tree);
      compare(document, mutation.getKey(), mutated);
    }
  }

  private static void compare(Document document, String mutation, String mutated) {
    boolean schemaRejects = !errors(document.schema, mutated).isEmpty();
    List<JsonProblem> problems;
    try {
      READER.read(mutated, document.type);
      problems = List.of();
    } catch (InvalidDocumentException e) {
      problems = e.problems();
    }
    boolean readerRejects = !problems.isEmpty();
    if (schemaRejects && !readerRejects) {
      fail("%s: the schema rejects a document the reader accepts (%s):%n  schema: %s%n  %s",
          mutation, document, errors(document.schema, mutated), mutated);
    }
    synchronized (OUTCOMES) {
      int[] counts = OUTCOMES.computeIfAbsent(document + " " + mutation, k -> new int[3]);
      counts[schemaRejects ? 0 : readerRejects ? 2 : 1]++;
      if (readerRejects && !schemaRejects) {
        Map<ProblemCode, Integer> codes =
            READER_ONLY.computeIfAbsent(document + " " + mutation, k -> new TreeMap<>());
        problems.forEach(p -> codes.merge(p.code(), 1, Integer::sum));
      }
    }
  }

  @AfterAll
  static void report() {
    System.out.println("SchemaAgreementTest: {both reject, both accept, only the reader rejects}");
    OUTCOMES.forEach((k, v) ->
        System.out.printf("  %-40s %6d %6d %6d%n", k, v[0], v[1], v[2]));
    System.out.println("  problem codes of the documents only the reader rejects:");
    READER_ONLY.forEach((k, v) -> System.out.printf("  %-40s %s%n", k, v));
  }

  // ------------------------------------------------------------------ mutations

  /** Each mutates a tree in place; false when the tree has nothing it applies to. */
  private static final Map<String, BiFunction<ObjectNode, Random, Boolean>> MUTATIONS =
      new TreeMap<>(Map.ofEntries(
          Map.entry("drop a property", SchemaAgreementTest::dropProperty),
          Map.entry("add an unknown property", SchemaAgreementTest::addUnknownProperty),
          Map.entry("rename a property", SchemaAgreementTest::renameProperty),
          Map.entry("wrong type", SchemaAgreementTest::wrongType),
          Map.entry("null", SchemaAgreementTest::nullValue),
          Map.entry("number out of bounds", SchemaAgreementTest::numberOutOfBounds),
          Map.entry("unknown code", SchemaAgreementTest::unknownCode),
          Map.entry("hostile string", SchemaAgreementTest::hostileString),
          Map.entry("malformed date", SchemaAgreementTest::malformedDate),
          Map.entry("bad schemaVersion", SchemaAgreementTest::badVersion),
          Map.entry("bad document type", SchemaAgreementTest::badType),
          Map.entry("repeat an element", SchemaAgreementTest::repeatElement),
          Map.entry("empty a container", SchemaAgreementTest::emptyContainer)));

  private static final List<String> VERSIONS = List.of(
      "01.0", "2.01", "2.1", "3.0", "1.0", "1.1", "0.0", "2", "2.0.0", " 2.0", "2.0 ", "v2.0",
      "", "1e0", "٢.٠");

  private static final List<String> NUMBERS = List.of(
      "-1", "0", "1", "3650", "3651", "1000000", "1000001", "1000000000", "1000000001",
      "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "1.5", "1.0",
      "1e2", "-0", "1E400");

  private static final List<String> DATES = List.of(
      "2021-02-30", "2021-02-29", "2020-02-29", "2021-13-01", "2021-00-10", "2021-01-00",
      "2021-1-01", "21-01-01", "20210-01-01", "+2021-01-01", "-2021-01-01", "2021-01-01T00:00Z",
      "2021/01/01", "0000-01-01", "9999-12-31", "2021-01-01 ", "２０２１-01-01", "");

  private static final List<String> STRINGS = List.of(
      "", " ", "x", "KOR", "kor", "EU", "E-U", "UNMISS", "UNMISS ", "UNOSOM II", "UNOSOM  II",
      "LEVEL_1", "level_1", "S/RES/2729 (2024)", "S/RES/0 (2024)", "S/RES/12 (24)",
      "S/RES/007 (2024)", "20%", "1/3", "1/0", "120%", "2024-04-30/2025-04-30",
      "2025-04-30/2024-04-30", "2024-02-30/2025-04-30", "FORMED_POLICE_UNIT", "\u0000", "é");

  private static boolean dropProperty(ObjectNode tree, Random random) {
    List<ObjectNode> objects = objects(tree).stream().filter(o -> !o.isEmpty()).toList();
    if (objects.isEmpty()) {
      return false;
    }
    ObjectNode object = pick(objects, random);
    object.remove(pick(new ArrayList<>(object.propertyNames()), random));
    return true;
  }

  private static boolean addUnknownProperty(ObjectNode tree, Random random) {
    ObjectNode object = pick(objects(tree), random);
    String name = pick(List.of("extra", "Id", "@type", "kind", "level", "exit", "contributor",
        "schemaVersion", "vettedOn", "reconfirmedOn", "mandate", "women"), random);
    if (object.has(name)) {
      return false;
    }
    object.set(name, pick(List.<JsonNode>of(NODES.stringNode("x"), NODES.numberNode(1),
        NODES.booleanNode(true), NODES.stringNode("2021-01-01"), NODES.stringNode("KOR"),
        NODES.stringNode("LEVEL_1"), NODES.objectNode(), NODES.arrayNode()), random));
    return true;
  }

  private static boolean renameProperty(ObjectNode tree, Random random) {
    List<ObjectNode> objects = objects(tree).stream().filter(o -> !o.isEmpty()).toList();
    if (objects.isEmpty()) {
      return false;
    }
    ObjectNode object = pick(objects, random);
    String name = pick(new ArrayList<>(object.propertyNames()), random);
    String renamed = random.nextBoolean()
        ? Character.toUpperCase(name.charAt(0)) + name.substring(1)
        : name + "_";
    object.set(renamed, object.remove(name));
    return true;
  }

  private static boolean wrongType(ObjectNode tree, Random random) {
    Slot slot = pick(slots(tree), random);
    JsonNode value = slot.get();
    List<JsonNode> others = new ArrayList<>(List.of(NODES.stringNode("x"), NODES.numberNode(1),
        NODES.booleanNode(false), NODES.objectNode(), NODES.arrayNode(),
        NODES.arrayNode().add(value.deepCopy())));
    others.removeIf(o -> o.getNodeType() == value.getNodeType());
    slot.set(pick(others, random));
    return true;
  }

  private static boolean nullValue(ObjectNode tree, Random random) {
    pick(slots(tree), random).set(NODES.nullNode());
    return true;
  }

  private static boolean numberOutOfBounds(ObjectNode tree, Random random) {
    List<Slot> numbers = slots(tree).stream().filter(s -> s.get().isNumber()).toList();
    if (numbers.isEmpty()) {
      return false;
    }
    pick(numbers, random).set(TREES.readTree(pick(NUMBERS, random)));
    return true;
  }

  private static boolean unknownCode(ObjectNode tree, Random random) {
    List<Slot> codes = slots(tree).stream()
        .filter(s -> s.get().isString() && s.get().stringValue().matches("[A-Z][A-Z0-9_ ]*"))
        .toList();
    if (codes.isEmpty()) {
      return false;
    }
    Slot slot = pick(codes, random);
    String code = slot.get().stringValue();
    slot.set(NODES.stringNode(switch (random.nextInt(4)) {
      case 0 -> code.toLowerCase(java.util.Locale.ROOT);
      case 1 -> code + "_X";
      case 2 -> "LEVEL_9";
      default -> code.substring(0, code.length() - 1);
    }));
    return true;
  }

  private static boolean hostileString(ObjectNode tree, Random random) {
    List<Slot> strings = slots(tree).stream().filter(s -> s.get().isString()).toList();
    if (strings.isEmpty()) {
      return false;
    }
    pick(strings, random).set(NODES.stringNode(pick(STRINGS, random)));
    return true;
  }

  private static boolean malformedDate(ObjectNode tree, Random random) {
    List<Slot> dates = slots(tree).stream()
        .filter(s -> s.get().isString() && Shapes.parseDate(s.get().stringValue()) != null)
        .toList();
    if (dates.isEmpty()) {
      return false;
    }
    pick(dates, random).set(NODES.stringNode(pick(DATES, random)));
    return true;
  }

  private static boolean badVersion(ObjectNode tree, Random random) {
    tree.put(DocumentShape.SCHEMA_VERSION, pick(VERSIONS, random));
    return true;
  }

  private static boolean badType(ObjectNode tree, Random random) {
    tree.put(DocumentShape.TYPE, pick(List.of("pledge-registry", "deployment-snapshot",
        "Pledge-Registry", "pledge_registry", "", "registry"), random));
    return true;
  }

  private static boolean repeatElement(ObjectNode tree, Random random) {
    List<Slot> arrays = slots(tree).stream()
        .filter(s -> s.get().isArray() && !s.get().isEmpty()).toList();
    if (arrays.isEmpty()) {
      return false;
    }
    ArrayNode array = (ArrayNode) pick(arrays, random).get();
    array.add(array.get(random.nextInt(array.size())).deepCopy());
    return true;
  }

  private static boolean emptyContainer(ObjectNode tree, Random random) {
    List<Slot> containers = slots(tree).stream()
        .filter(s -> s.get().isContainer() && !s.get().isEmpty()).toList();
    if (containers.isEmpty()) {
      return false;
    }
    Slot slot = pick(containers, random);
    slot.set(slot.get().isArray() ? NODES.arrayNode() : NODES.objectNode());
    return true;
  }

  // ------------------------------------------------------------------ trees

  /** A place in a tree: a property of an object or an element of an array. */
  private record Slot(JsonNode parent, String name, int index) {
    JsonNode get() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) parent).set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static List<Slot> slots(JsonNode tree) {
    List<Slot> slots = new ArrayList<>();
    collect(tree, slots, new ArrayList<>());
    return slots;
  }

  private static List<ObjectNode> objects(JsonNode tree) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(tree, new ArrayList<>(), objects);
    return objects;
  }

  private static void collect(JsonNode node, List<Slot> slots, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      for (String name : new ArrayList<>(object.propertyNames())) {
        slots.add(new Slot(object, name, -1));
        collect(object.get(name), slots, objects);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, null, i));
        collect(array.get(i), slots, objects);
      }
    }
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
