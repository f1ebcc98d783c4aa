package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.MissionProfile;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.ReadinessExit;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.testkit.Commitments;
import io.github.peacekeeping.testkit.Deployments;
import io.github.peacekeeping.testkit.Missions;
import io.github.peacekeeping.testkit.Pledges;
import io.github.peacekeeping.testkit.Samples;
import io.github.peacekeeping.testkit.Testkit;
import io.github.peacekeeping.testkit.Units;
import io.github.peacekeeping.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feeds {@link JsonReader} hostile documents derived from valid ones that {@link JsonWriter} wrote
 * from testkit values and hand-written fixtures (and a registry of schema 1.0), and checks that reading either returns a value or throws an {@link
 * InvalidDocumentException} whose problems are located by well-formed JSON Pointers; nothing else
 * ever escapes.
 *
 * <p>Reproducible: every input {@code i} is derived from {@code new Random(seed * 1_000_003 + i)}
 * over a corpus drawn with {@code seed}. Raise the number of inputs with {@code
 * -Dpeacekeeping.fuzz.inputs=1000000}; replay another run with {@code -Dpeacekeeping.fuzz.seed=N}.
 */
class JsonReaderFuzzTest {

  private static final long SEED = Long.getLong("peacekeeping.fuzz.seed", 20261123L);
  private static final int INPUTS = Integer.getInteger("peacekeeping.fuzz.inputs", 100_000);
  private static final int MIXED_REGISTRIES =
      Integer.getInteger("peacekeeping.fuzz.registries", 5_000);

  /** RFC 6901: the empty pointer, or segments of unescaped characters and ~0 / ~1 escapes. */
  private static final Pattern JSON_POINTER = Pattern.compile("(/([^/~]|~[01])*)*");

  private static final Pattern IN_PLEDGE = Pattern.compile("/pledges/(\\d+)(/.*)?");

  /** Rough JSON tokens: enough to delete or repeat one. */
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|[{}\\[\\]:,]");

  /** A string the writer never produces, replaced by raw JSON text after the tree is written. */
  private static final String RAW = "@@raw@@";

  private static final String DUPLICATE = "@@duplicate@@";

  private static final List<String> HOSTILE_NUMBERS = List.of(
      "1e400", "-1e400", "-1", "0", "-0", "1.5", "1E2", "9223372036854775808",
      "-9223372036854775809", "9223372036854775807", "2147483648", "-2147483649",
      "99999999999999999999", "1" + "0".repeat(39), "1" + "0".repeat(45), "0.0000000001",
      "1e-400", "123456789012345678901234567890.5");

  private static final List<String> UNKNOWN_NAMES = List.of(
      "extra", "@type", "@class", "class", "__proto__", "Women", "ID", "", "ünïcödé",
      "a/b~c", "schemaVersion", "type", "kind");

  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}};

  /**
   * Parses documents as well-formed JSON for the oracle: RFC 8259 allows repeated names (the
   * reader reports them as DUPLICATE_PROPERTY, a STRUCTURE problem), so this parser does too.
   */
  private static final JsonMapper TREES = JsonMapper.builder(PeacekeepingJson.factory(-1, -1, false))
      .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonReader READER = JsonReader.create();
  private static final JsonReader VALIDATING =
      JsonReader.builder().context(Testkit.DEFAULT_CONTEXT).rejectAt(Severity.WARNING).build();

  private static final List<Base> CORPUS = new ArrayList<>();
  private static final List<String> REGISTRY_JSON = new ArrayList<>();

  /**
   * A valid document, the type it is read as, and whether it is also valid under the communiqué
   * rules at WARNING (as testkit values are under the default context).
   */
  private record Base(Class<?> type, Object value, String json, boolean clean) {
    Base(Class<?> type, Object value, String json) {
      this(type, value, json, true);
    }
  }

  /** A hostile input: either text or bytes, and what was done to make it. */
  private record Input(String mutation, String text, byte[] bytes) {
    static Input text(String mutation, String text) {
      return new Input(mutation, text, null);
    }

    static Input bytes(String mutation, byte[] bytes) {
      return new Input(mutation, null, bytes);
    }

    byte[] utf8() {
      return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    String string() {
      return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
    }

    String excerpt() {
      String s = string();
      return s.length() > 400 ? s.substring(0, 400) + "… (" + s.length() + " chars)" : s;
    }
  }

  @BeforeAll
  static void corpus() {
    Samples samples = Samples.of(new SplittableRandom(SEED));
    JsonWriter writer = JsonWriter.create();
    for (Pledge pledge : samples.sample(Pledges.pledges(), 60)) {
      CORPUS.add(new Base(Pledge.class, pledge, writer.write(pledge)));
    }
    for (Unit unit : samples.sample(Units.units(), 40)) {
      CORPUS.add(new Base(Unit.class, unit, writer.write(unit)));
    }
    for (MissionProfile profile : samples.sample(Missions.missionProfiles(), 20)) {
      CORPUS.add(new Base(MissionProfile.class, profile, writer.write(profile)));
    }
    for (MemberStateCommitments c : samples.sample(Commitments.memberStateCommitments(), 10)) {
      CORPUS.add(new Base(MemberStateCommitments.class, c, writer.write(c)));
    }
    for (DeploymentRecord record : samples.sample(Deployments.records(), 10)) {
      CORPUS.add(new Base(DeploymentRecord.class, record, writer.write(record)));
    }
    for (var snapshot : samples.sample(Deployments.snapshots(LocalDate.of(2014, 2, 28)), 10)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.writeDeploymentSnapshot(snapshot, out);
      CORPUS.add(new Base(DeploymentSnapshotDocument.class, DeploymentSnapshotDocument.of(snapshot),
          out.toString(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < 30; i++) {
      List<Pledge> pledges = samples.sample(Pledges.pledges(), 2 + i % 5);
      REGISTRY_JSON.add(registry(writer, pledges));
      CORPUS.add(new Base(PledgeRegistryDocument.class, PledgeRegistryDocument.of(pledges),
          REGISTRY_JSON.get(i)));
    }
    // Hand-written values reach what the generators may not: long readiness histories with every
    // kind of evidence and an exit, mandates over time with sub-ceilings, and schema 1.0.
    List<Pledge> rich = WriterFixtures.richRegistry();
    CORPUS.add(new Base(PledgeRegistryDocument.class, PledgeRegistryDocument.of(rich),
        registry(writer, rich), false));
    Pledge withdrawn = Pledge.builder().from(rich.get(0)).readiness(WriterFixtures.fullHistory()
        .withStep(ReadinessStep.left(ReadinessExit.WITHDRAWN, LocalDate.of(2024, 3, 1)))).build();
    CORPUS.add(new Base(Pledge.class, withdrawn, writer.write(withdrawn), false));
    MissionProfile overTime = WriterFixtures.unmissMandatesOverTime();
    CORPUS.add(new Base(MissionProfile.class, overTime, writer.write(overTime), false));
    String v1 = Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT),
        Fixtures.pledgeV1(Fixtures.UNIT_WITHOUT_NIO).replace("\"P-1\"", "\"P-2\""));
    CORPUS.add(new Base(PledgeRegistryDocument.class,
        READER.read(v1, PledgeRegistryDocument.class).value(), v1, false));
  }

  private static String registry(JsonWriter writer, List<Pledge> pledges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writePledgeRegistry(pledges, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void every_valid_document_of_the_corpus_reads_back_to_its_value() {
    for (Base base : CORPUS) {
      assertThat(READER.read(base.json(), base.type()).value())
          .as("%s read back from %s", base.type().getSimpleName(), base.json())
          .isEqualTo(base.value());
      if (base.type() != PledgeRegistryDocument.class && base.clean()) {
        // A registry as a whole falls short of the readiness targets: those are not defects.
        byte[] bytes = base.json().getBytes(StandardCharsets.UTF_8);
        assertThat(VALIDATING.read(bytes, base.type()).value())
            .isEqualTo(base.value());
      }
    }
  }

  @Test
  @Timeout(300)
  void hostile_documents_give_a_value_or_located_problems_and_nothing_else() {
    Map<String, int[]> outcomes = new TreeMap<>(); // mutation -> {values, problems}
    Map<String, long[]> nanos = new TreeMap<>(); // mutation -> {mutating, reading}
    long start = System.nanoTime();
    // Each input depends on its index only, so the order (and the parallelism) changes nothing.
    List<String> failures = IntStream.range(0, INPUTS).parallel()
        .mapToObj(i -> fuzzOne(i, outcomes, nanos))
        .filter(Objects::nonNull)
        .limit(10)
        .toList();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "JsonReaderFuzzTest: %d inputs, seed %d, %s; outcomes {values, problems} %s%n",
        INPUTS, SEED, took, describe(outcomes));
    nanos.forEach((k, v) -> System.out.printf("  %s: mutating %d ms, reading %d ms%n",
        k, v[0] / 1_000_000, v[1] / 1_000_000));
    failures.forEach(f -> System.out.println("FAILURE " + f));
    assertThat(failures)
        .as("hostile inputs that broke the reader, seed %d"
            + " (replay with -Dpeacekeeping.fuzz.seed=%d)",
            SEED, SEED)
        .isEmpty();
  }

  /** Mutates and reads input {@code i}; returns a failure or null. */
  private static String fuzzOne(int i, Map<String, int[]> outcomes, Map<String, long[]> nanos) {
    Random random = new Random(SEED * 1_000_003L + i);
    Base base = CORPUS.get(random.nextInt(CORPUS.size()));
    long t0 = System.nanoTime();
    Input input = mutate(base, random);
    long t1 = System.nanoTime();
    boolean validating = random.nextInt(8) == 0;
    String failure;
    boolean value = false;
    try {
      Checked checked =
          check(input, base.type(), validating ? VALIDATING : READER, random.nextInt(4));
      failure = checked.failure();
      value = checked.value();
    } catch (Throwable e) { // StackOverflowError and every Jackson exception included
      failure = "escaped " + e + "\n" + stack(e);
    }
    long t2 = System.nanoTime();
    synchronized (outcomes) {
      outcomes.computeIfAbsent(input.mutation(), k -> new int[2])[value ? 0 : 1]++;
      long[] spent = nanos.computeIfAbsent(input.mutation(), k -> new long[2]);
      spent[0] += t1 - t0;
      spent[1] += t2 - t1;
    }
    return failure == null ? null : "input #" + i + " (" + input.mutation() + ", "
        + base.type().getSimpleName() + (validating ? ", validating" : "") + "): " + failure
        + "\n  input: " + input.excerpt();
  }

  /**
   * Counts at and around the bounds, and the values that made sums overflow before the bounds
   * (half a long, a whole long): put into several slots at once, so that they add up.
   */
  private static final List<String> BOUND_NUMBERS = List.of(
      "1000000000", "1000000001", "999999999", "600000000", "2000000000", "4611686018427387904",
      "9223372036854775807", "3650", "3651", "1000000", "1000001");

  // Regression: a registry whose counts add up beyond a long, read through stream(...) with a
  // context, threw an ArithmeticException out of the reader.
  @Test
  @Timeout(120)
  void hostile_streams_read_with_a_context_give_elements_or_located_problems_and_nothing_else() {
    int inputs = Integer.getInteger("peacekeeping.fuzz.streams", 50_000);
    // Registries of one or two pledges, so that 100,000 of them validate in seconds; pledges of
    // the bound's size add up within the first pledge as between the two.
    List<Pledge> pledges = CORPUS.stream()
        .filter(b -> b.type() == Pledge.class).map(b -> (Pledge) b.value()).toList();
    List<Base> registries = new ArrayList<>();
    JsonWriter writer = JsonWriter.create();
    Random random = new Random(SEED);
    for (int k = 0; k < 100; k++) {
      int first = random.nextInt(pledges.size());
      int second = (first + 1 + random.nextInt(pledges.size() - 1)) % pledges.size();
      List<Pledge> some = k % 2 == 0
          ? List.of(pledges.get(first))
          : List.of(pledges.get(first), pledges.get(second));
      registries.add(new Base(PledgeRegistryDocument.class, PledgeRegistryDocument.of(some),
          registry(writer, some)));
    }
    long start = System.nanoTime();
    List<String> failures = IntStream.range(0, inputs).parallel()
        .mapToObj(i -> streamOne(i, registries))
        .filter(Objects::nonNull)
        .limit(10)
        .toList();
    System.out.printf("JsonReaderFuzzTest: %d streams, seed %d, %s%n",
        inputs, SEED, Duration.ofNanos(System.nanoTime() - start));
    failures.forEach(f -> System.out.println("FAILURE " + f));
    assertThat(failures)
        .as("hostile streams that broke the reader, seed %d", SEED)
        .isEmpty();
  }

  /** Mutates registry input {@code i} and streams its pledges with a context; a failure or null. */
  private static String streamOne(int i, List<Base> registries) {
    Random random = new Random(SEED * 9_000_011L + i);
    Base base = registries.get(random.nextInt(registries.size()));
    Input input = random.nextBoolean() ? boundCounts(base, random) : mutate(base, random);
    List<String> bad = new ArrayList<>();
    try {
      StreamSummary summary = VALIDATING.stream(new ByteArrayInputStream(input.utf8()),
          Pledge.class, v -> Objects.requireNonNull(v.value()), problem -> {
            if (!JSON_POINTER.matcher(problem.pointer()).matches()) {
              bad.add("malformed pointer " + problem);
            }
            if (problem.message() == null || problem.message().isBlank()) {
              bad.add("problem without a message " + problem);
            }
          });
      if (summary == null) {
        bad.add("no summary");
      }
    } catch (Throwable e) { // ArithmeticException, NullPointerException, Jackson's, all included
      bad.add("escaped " + e + "\n" + stack(e));
    }
    return bad.isEmpty() ? null : "stream #" + i + " (" + input.mutation() + "): " + bad.get(0)
        + "\n  input: " + input.excerpt();
  }

  /** Puts one bound number into one to four numeric slots of the document. */
  private static Input boundCounts(Base base, Random random) {
    JsonNode tree = TREES.readTree(base.json());
    List<Slot> numbers = slots(tree).stream().filter(s -> s.get().isNumber()).toList();
    String number = BOUND_NUMBERS.get(random.nextInt(BOUND_NUMBERS.size()));
    if (numbers.isEmpty()) {
      return Input.text("bound counts", base.json());
    }
    int how = 1 + random.nextInt(4);
    for (int k = 0; k < how; k++) {
      numbers.get(random.nextInt(numbers.size())).set(NODES.stringNode(RAW));
    }
    return Input.text("bound counts", write(tree).replace('"' + RAW + '"', number));
  }

  /** What reading one input gave: a value, or problems; and what was wrong, if anything. */
  private record Checked(boolean value, String failure) {}

  @Test
  @Timeout(120)
  void problems_of_a_registry_name_exactly_its_corrupted_pledges() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < MIXED_REGISTRIES && failures.size() < 10; i++) {
      Random random = new Random(SEED * 7_000_003L + i);
      ObjectNode tree =
          (ObjectNode) TREES.readTree(REGISTRY_JSON.get(random.nextInt(REGISTRY_JSON.size())));
      ArrayNode array = (ArrayNode) tree.get("pledges");
      // Each chosen pledge is corrupted once: a second corruption could undo the first.
      List<Integer> indexes = new ArrayList<>();
      for (int k = 0; k < array.size(); k++) {
        indexes.add(k);
      }
      java.util.Collections.shuffle(indexes, random);
      Set<Integer> corrupted = new TreeSet<>(indexes.subList(0, 1 + random.nextInt(array.size())));
      List<String> how = new ArrayList<>();
      for (int index : corrupted) {
        how.add(index + ":" + corruptPledge(array, index, random));
      }
      String json = write(tree);
      JsonNode parsed = TREES.readTree(json);
      Set<Integer> named = new TreeSet<>();
      String failure = null;
      try {
        READER.read(json, PledgeRegistryDocument.class);
        failure = "read without a problem";
      } catch (InvalidDocumentException e) {
        for (JsonProblem problem : e.problems()) {
          Matcher m = IN_PLEDGE.matcher(problem.pointer());
          if (!m.matches() || problem.kind() != ProblemKind.STRUCTURE) {
            failure = "problem outside the pledges: " + problem;
            break;
          }
          named.add(Integer.parseInt(m.group(1)));
          String pointerFailure = pointerFailure(problem, parsed, false);
          if (pointerFailure != null) {
            failure = pointerFailure;
            break;
          }
        }
        if (failure == null && !named.equals(corrupted)) {
          failure = "problems name pledges " + named + ", corrupted were " + corrupted + ": "
              + e.problems();
        }
      } catch (Throwable e) {
        failure = "escaped " + e + "\n" + stack(e);
      }
      if (failure != null) {
        failures.add("registry #" + i + " " + how + ": " + failure);
      }
    }
    System.out.printf("JsonReaderFuzzTest: %d mixed registries, seed %d%n", MIXED_REGISTRIES, SEED);
    failures.forEach(f -> System.out.println("FAILURE " + f));
    assertThat(failures).as("seed %d", SEED).isEmpty();
  }

  // ------------------------------------------------------------------------------ the property

  /** Reads the input through one of the four entry points and checks the property. */
  private static Checked check(Input input, Class<?> type, JsonReader reader, int entry) {
    try {
      switch (entry) {
        case 0 -> reader.read(input.string(), type);
        case 1 -> reader.read(input.utf8(), type);
        case 2 -> reader.read(new ByteArrayInputStream(input.utf8()), type);
        default -> reader.read(new StringReader(input.string()), type);
      }
      return new Checked(true, null);
    } catch (InvalidDocumentException e) {
      if (e.problems().isEmpty()) {
        return new Checked(false, "no problem listed");
      }
      boolean structure = e.problems().stream().anyMatch(p -> p.kind() == ProblemKind.STRUCTURE);
      JsonNode tree = structure ? parseable(input.string()) : null;
      // With a repeated name a pointer is ambiguous (RFC 6901 does not say which value it means;
      // the reader judges the first, the oracle's tree keeps the last): check its syntax only.
      boolean ambiguous = e.problems().stream()
          .anyMatch(p -> p.code() == io.github.peacekeeping.serialization.problem.ProblemCode.DUPLICATE_PROPERTY);
      for (JsonProblem problem : e.problems()) {
        String failure = pointerFailure(problem, tree, ambiguous);
        if (failure != null) {
          return new Checked(false, failure);
        }
      }
      return new Checked(false, null);
    }
  }

  /** The document as a tree, or null when it is not well-formed JSON for the hardened mapper. */
  private static JsonNode parseable(String document) {
    try {
      return TREES.readTree(document);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  /**
   * Checks the pointer's syntax and that a STRUCTURE problem's pointer resolves in the document
   * (a STRUCTURE problem is only found in a well-formed document).
   */
  private static String pointerFailure(JsonProblem problem, JsonNode tree, boolean ambiguous) {
    if (!JSON_POINTER.matcher(problem.pointer()).matches()) {
      return "malformed JSON Pointer in " + problem;
    }
    if (problem.kind() == ProblemKind.STRUCTURE) {
      if (tree == null) {
        return "STRUCTURE problem in a document that is not well-formed: " + problem;
      }
      if (!ambiguous && tree.at(JsonPointer.compile(problem.pointer())).isMissingNode()) {
        return "pointer of " + problem + " resolves to nothing in the document";
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ mutations

  private static final List<Map.Entry<String, BiFunction<Base, Random, Input>>> MUTATIONS = List.of(
      Map.entry("truncation", JsonReaderFuzzTest::truncate),
      Map.entry("type swap", JsonReaderFuzzTest::typeSwap),
      Map.entry("hostile number", JsonReaderFuzzTest::hostileNumber),
      Map.entry("deep nesting", JsonReaderFuzzTest::deepNesting),
      Map.entry("duplicate key", JsonReaderFuzzTest::duplicateKey),
      Map.entry("invalid UTF-8", JsonReaderFuzzTest::invalidUtf8),
      Map.entry("byte order mark", JsonReaderFuzzTest::byteOrderMark),
      Map.entry("byte flips", JsonReaderFuzzTest::byteFlips),
      Map.entry("token deleted", (b, r) -> tokens(b, r, false)),
      Map.entry("token duplicated", (b, r) -> tokens(b, r, true)),
      Map.entry("unknown property", JsonReaderFuzzTest::unknownProperty),
      Map.entry("mixed registry", JsonReaderFuzzTest::mixedRegistry),
      Map.entry("several", JsonReaderFuzzTest::several));

  private static Input mutate(Base base, Random random) {
    var mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
    return mutation.getValue().apply(base, random);
  }

  private static Input truncate(Base base, Random random) {
    byte[] bytes = base.json().getBytes(StandardCharsets.UTF_8);
    int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    return Input.bytes("truncation", java.util.Arrays.copyOf(bytes, length));
  }

  private static Input typeSwap(Base base, Random random) {
    JsonNode tree = TREES.readTree(base.json());
    Slot slot = randomSlot(tree, random);
    if (slot == null) {
      return Input.text("type swap", write(otherType(tree, random)));
    }
    slot.set(otherType(slot.get(), random));
    return Input.text("type swap", write(tree));
  }

  private static Input hostileNumber(Base base, Random random) {
    JsonNode tree = TREES.readTree(base.json());
    List<Slot> numbers = slots(tree).stream().filter(s -> s.get().isNumber()).toList();
    List<Slot> candidates = numbers.isEmpty() || random.nextInt(4) == 0 ? slots(tree) : numbers;
    String number = HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
    if (candidates.isEmpty()) {
      return Input.text("hostile number", number);
    }
    candidates.get(random.nextInt(candidates.size())).set(NODES.stringNode(RAW));
    return Input.text("hostile number", write(tree).replace('"' + RAW + '"', number));
  }

  private static Input deepNesting(Base base, Random random) {
    int depth = 1_000 + random.nextInt(9_000);
    String open;
    String close;
    switch (random.nextInt(3)) {
      case 0 -> {
        open = "[".repeat(depth);
        close = "]".repeat(depth);
      }
      case 1 -> {
        open = "{\"a\":".repeat(depth);
        close = "}".repeat(depth);
      }
      default -> {
        open = "[{\"units\":".repeat(depth);
        close = "}]".repeat(depth);
      }
    }
    if (random.nextInt(4) == 0) {
      close = ""; // unbalanced: the document ends inside the nesting
    }
    String nested = open + (random.nextBoolean() ? "1" : "{}") + close;
    JsonNode tree = TREES.readTree(base.json());
    Slot slot = randomSlot(tree, random);
    if (slot == null || random.nextInt(5) == 0) {
      return Input.text("deep nesting", nested);
    }
    slot.set(NODES.stringNode(RAW));
    return Input.text("deep nesting", write(tree).replace('"' + RAW + '"', nested));
  }

  private static Input duplicateKey(Base base, Random random) {
    JsonNode tree = TREES.readTree(base.json());
    List<ObjectNode> objects = objects(tree);
    List<ObjectNode> nonEmpty = objects.stream().filter(o -> o.size() > 0).toList();
    if (nonEmpty.isEmpty()) {
      return Input.text("duplicate key", "{\"a\":1,\"a\":2}");
    }
    ObjectNode object = nonEmpty.get(random.nextInt(nonEmpty.size()));
    List<String> names = new ArrayList<>(object.propertyNames());
    String name = names.get(random.nextInt(names.size()));
    JsonNode original = object.get(name);
    object.set(DUPLICATE, random.nextBoolean() ? original.deepCopy() : otherType(original, random));
    return Input.text("duplicate key",
        write(tree).replace('"' + DUPLICATE + '"', TREES.writeValueAsString(name)));
  }

  private static Input invalidUtf8(Base base, Random random) {
    byte[] bytes = base.json().getBytes(StandardCharsets.UTF_8);
    byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
    int at;
    List<Integer> quotes = positions(bytes, (byte) '"');
    if (!quotes.isEmpty() && random.nextInt(4) != 0) {
      at = quotes.get(random.nextInt(quotes.size())) + 1; // inside a string, mostly
    } else {
      at = random.nextInt(bytes.length + 1);
    }
    at = Math.min(at, bytes.length);
    byte[] out = new byte[bytes.length + bad.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
    return Input.bytes("invalid UTF-8", out);
  }

  private static Input byteOrderMark(Base base, Random random) {
    String json = base.json();
    return switch (random.nextInt(6)) {
      case 0 -> Input.bytes("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
          (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8)));
      case 1 -> Input.bytes("byte order mark", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
          json.getBytes(StandardCharsets.UTF_16BE)));
      case 2 -> Input.bytes("byte order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          json.getBytes(StandardCharsets.UTF_16LE)));
      case 3 -> Input.bytes("byte order mark", json.getBytes(StandardCharsets.UTF_16LE));
      case 4 -> Input.text("byte order mark", "\uFEFF" + json);
      default -> {
        int at = random.nextInt(json.length() + 1);
        yield Input.text("byte order mark", json.substring(0, at) + "\uFEFF" + json.substring(at));
      }
    };
  }

  private static Input byteFlips(Base base, Random random) {
    byte[] bytes = base.json().getBytes(StandardCharsets.UTF_8);
    int flips = bytes.length == 0 ? 0 : 1 + random.nextInt(5);
    for (int k = 0; k < flips; k++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = random.nextBoolean()
          ? (byte) (bytes[at] ^ (1 << random.nextInt(8)))
          : (byte) random.nextInt(256);
    }
    return Input.bytes("byte flips", bytes);
  }

  private static Input tokens(Base base, Random random, boolean duplicate) {
    String json = base.json();
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(json);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return Input.text(duplicate ? "token duplicated" : "token deleted", json);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String token = json.substring(span[0], span[1]);
    String mutated = json.substring(0, span[0]) + (duplicate ? token + token : "")
        + json.substring(span[1]);
    return Input.text(duplicate ? "token duplicated" : "token deleted", mutated);
  }

  private static Input unknownProperty(Base base, Random random) {
    JsonNode tree = TREES.readTree(base.json());
    List<ObjectNode> objects = objects(tree);
    String name = UNKNOWN_NAMES.get(random.nextInt(UNKNOWN_NAMES.size()));
    if (objects.isEmpty()) {
      return Input.text("unknown property", "{" + TREES.writeValueAsString(name) + ": 1}");
    }
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    if (!object.has(name)) {
      object.set(name, randomValue(random));
    }
    return Input.text("unknown property", write(tree));
  }

  private static Input mixedRegistry(Base base, Random random) {
    ObjectNode tree =
        (ObjectNode) TREES.readTree(REGISTRY_JSON.get(random.nextInt(REGISTRY_JSON.size())));
    ArrayNode array = (ArrayNode) tree.get("pledges");
    int count = random.nextInt(array.size() + 1);
    for (int k = 0; k < count; k++) {
      corruptPledge(array, random.nextInt(array.size()), random);
    }
    return Input.text("mixed registry", write(tree));
  }

  private static Input several(Base base, Random random) {
    Input input = typeSwap(base, random);
    Base mutated = new Base(base.type(), base.value(), input.string());
    int more = 1 + random.nextInt(3);
    for (int k = 0; k < more; k++) {
      try {
        TREES.readTree(mutated.json());
      } catch (RuntimeException notJson) {
        break;
      }
      var next = MUTATIONS.get(random.nextInt(MUTATIONS.size() - 2)); // no recursion
      input = next.getValue().apply(mutated, random);
      mutated = new Base(base.type(), base.value(), input.string());
    }
    return Input.text("several", mutated.json());
  }

  /**
   * Corrupts one pledge of a registry so that it certainly has a STRUCTURE problem inside it;
   * returns what was done.
   */
  private static String corruptPledge(ArrayNode pledges, int index, Random random) {
    if (!(pledges.get(index) instanceof ObjectNode pledge)) {
      return "already replaced";
    }
    switch (random.nextInt(5)) {
      case 0 -> {
        List<Slot> slots = new ArrayList<>(slots(pledge));
        slots.add(new Slot(pledges, null, index));
        Slot slot = slots.get(random.nextInt(slots.size()));
        slot.set(otherType(slot.get(), random));
        return "type swap at " + slot;
      }
      case 1 -> {
        List<ObjectNode> objects = objects(pledge);
        ObjectNode object = objects.get(random.nextInt(objects.size()));
        object.set("bogus", randomValue(random));
        return "unknown property";
      }
      case 2 -> {
        pledge.remove(random.nextBoolean() ? "id" : "pledgedOn");
        return "required property removed";
      }
      case 3 -> {
        // A core invariant, not a JSON type: reconfirmed before it was pledged.
        pledge.put("pledgedOn", "2020-06-01");
        pledge.set("reconfirmations", NODES.arrayNode().add("2019-06-01"));
        return "reconfirmed before pledged";
      }
      default -> {
        List<Slot> numbers = slots(pledge).stream().filter(s -> s.get().isNumber()).toList();
        if (numbers.isEmpty()) {
          pledge.put("id", 9_223_372_036_854_775_807L);
          return "id as a number";
        }
        Slot slot = numbers.get(random.nextInt(numbers.size()));
        slot.set(NODES.numberNode(random.nextBoolean()
            ? new java.math.BigInteger("9223372036854775808")
            : new java.math.BigInteger("99999999999999999999")));
        return "number out of range at " + slot;
      }
    }
  }

  // ------------------------------------------------------------------------------ trees

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

    @Override
    public String toString() {
      return name != null ? name : "[" + index + "]";
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

  private static Slot randomSlot(JsonNode tree, Random random) {
    List<Slot> slots = slots(tree);
    return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
  }

  /** A value of another JSON type than {@code node}'s. */
  private static JsonNode otherType(JsonNode node, Random random) {
    while (true) {
      JsonNode value = randomValue(random);
      if (value.getNodeType() != node.getNodeType()) {
        return value;
      }
    }
  }

  private static JsonNode randomValue(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> NODES.stringNode(random.nextBoolean() ? "x" : "");
      case 1 -> NODES.numberNode(random.nextInt(3) - 1);
      case 2 -> NODES.objectNode();
      case 3 -> NODES.arrayNode();
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.nullNode();
      case 6 -> NODES.arrayNode().add(1).add("x").addNull();
      default -> NODES.objectNode().put("women", -1).put("men", Long.MAX_VALUE);
    };
  }

  private static String write(JsonNode tree) {
    return TREES.writeValueAsString(tree);
  }

  // ------------------------------------------------------------------------------ helpers

  private static List<Integer> positions(byte[] bytes, byte b) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String stack(Throwable e) {
    StringBuilder text = new StringBuilder();
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(12, trace.length); i++) {
      text.append("    at ").append(trace[i]).append('\n');
    }
    return text.toString();
  }

  private static String describe(Map<String, int[]> outcomes) {
    StringBuilder text = new StringBuilder("{");
    outcomes.forEach((k, v) ->
        text.append(k).append("=").append(v[0]).append("/").append(v[1]).append(", "));
    return text.append("}").toString();
  }
}
