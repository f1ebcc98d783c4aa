package io.github.peacekeeping.examples;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.json.InvalidDocumentException;
import io.github.peacekeeping.serialization.json.JsonProblem;
import io.github.peacekeeping.serialization.json.JsonReader;
import io.github.peacekeeping.serialization.json.JsonSchemas;
import io.github.peacekeeping.serialization.json.JsonWriter;
import io.github.peacekeeping.serialization.json.PledgeRegistryDocument;
import io.github.peacekeeping.serialization.json.Validated;
import io.github.peacekeeping.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pledge registry exchanged as JSON: written, checked against the shipped JSON Schema, read back
 * unchanged, then corrupted and refused with every problem located.
 *
 * <p>What a newcomer learns here: {@link JsonWriter#writePledgeRegistry(List,
 * java.io.OutputStream)} writes the exchange document ({@code docs/json-format.md}); {@link
 * JsonSchemas#pledgeRegistry()} is the JSON Schema (draft 2020-12) other systems can validate it
 * with, here with the networknt validator; a {@link JsonReader} built with a validation context and
 * {@link JsonReader.Builder#rejectAt(Severity) rejectAt(ERROR)} returns a {@link Validated} value
 * whose pledges are {@code equals} to those written, readiness histories included, with the
 * findings below the threshold attached (here the readiness targets, met by their deadline on the
 * context's date: INFO); and a document with an unknown readiness level and a negative headcount is
 * refused with one {@link InvalidDocumentException} that lists every {@link JsonProblem} with its
 * JSON Pointer, not only the first. The schema alone is not enough: it knows the codes, so it
 * refuses {@code LEVEL_4}, but it states that a headcount is not negative only in a description,
 * so it does not refuse the negative count, which the reader does (the core model's invariant).
 *
 * <p>The pledges are the illustrative ones of {@link PledgeAgainstLondon2016} and {@link
 * ReadinessTargetsRegistry}; they are not real pledges.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am package -DskipTests
 * -DmainJob -Dexample=JsonExchangeRoundTrip}.
 */
public final class JsonExchangeRoundTrip {

  private JsonExchangeRoundTrip() {}

  /**
   * Returns the registry exchanged: the clean pledge of London 2016 and the two target registries,
   * whose readiness histories have falls back, a withdrawal and an expiry.
   */
  static List<Pledge> registry() {
    List<Pledge> pledges = new ArrayList<>();
    pledges.add(PledgeAgainstLondon2016.cleanPledge());
    pledges.addAll(ReadinessTargetsRegistry.lateRegistry());
    pledges.addAll(ReadinessTargetsRegistry.fellBackRegistry());
    return List.copyOf(pledges);
  }

  /**
   * Writes a registry as a pledge-registry document.
   *
   * @param pledges the pledges
   * @return the document in UTF-8
   */
  static byte[] write(List<Pledge> pledges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonWriter.create().writePledgeRegistry(pledges, out);
    return out.toByteArray();
  }

  /**
   * Validates a document against the shipped pledge-registry schema.
   *
   * @param json the document in UTF-8
   * @return the schema errors, empty if the document is valid
   */
  static List<Error> schemaErrors(byte[] json) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.pledgeRegistry());
    return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  /** Returns a reader that applies the LDN16 and PCRS19 rules and refuses any ERROR finding. */
  static JsonReader reader() {
    return JsonReader.builder()
        .context(PledgeAgainstLondon2016.context())
        .rejectAt(Severity.ERROR)
        .build();
  }

  /**
   * Corrupts a written document twice: the first readiness level becomes {@code LEVEL_4}, which
   * the PCRS does not have, and the first unit's count of men becomes negative.
   *
   * @param json the document in UTF-8
   * @return the corrupted document in UTF-8
   */
  static byte[] corrupt(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8)
        .replaceFirst("\"level\"(\\s*):(\\s*)\"LEVEL_3\"", "\"level\"$1:$2\"LEVEL_4\"")
        .replaceFirst("\"men\"(\\s*):(\\s*)(\\d+)", "\"men\"$1:$2-$3");
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Runs the round trip and the corruption, printing each step.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    List<Pledge> pledges = registry();
    byte[] json = write(pledges);
    out.printf("Wrote %d illustrative pledges: %,d bytes of JSON%n", pledges.size(), json.length);

    List<Error> errors = schemaErrors(json);
    out.printf("Against JsonSchemas.pledgeRegistry(): %s%n",
        errors.isEmpty() ? "valid" : errors.size() + " errors " + errors);

    Validated<PledgeRegistryDocument> read = reader().read(json, PledgeRegistryDocument.class);
    out.printf("Read back with rejectAt(ERROR): equal to the pledges written: %s%n",
        read.value().pledges().equals(pledges));
    out.printf("  findings below the threshold that came with it: %d%n",
        read.findings().findings().size());
    read.findings().findings().forEach(f -> out.printf("    %s%n", f));

    byte[] corrupted = corrupt(json);
    out.printf("%nCorrupted (readiness level LEVEL_4, a negative count of men)%n");
    List<Error> corruptedErrors = schemaErrors(corrupted);
    out.printf("  schema errors: %d (the schema does not bound headcounts; the reader does)%n",
        corruptedErrors.size());
    corruptedErrors.forEach(error -> out.printf("    %s%n", error));
    try {
      reader().read(corrupted, PledgeRegistryDocument.class);
      out.println("  read: accepted (unexpected)");
    } catch (InvalidDocumentException e) {
      out.printf("  read: InvalidDocumentException with %d problems%n", e.problems().size());
      e.problems().forEach(p -> out.printf("    %s%n", p));
    }
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
