package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.contributor.MemberStateCommitments;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.mission.AuthorisedCeiling;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.RotationPeriod;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Severity;
import io.github.peacekeeping.validation.ValidationContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON problem code ({@link ProblemCode.Format#JSON} and {@link ProblemCode.Format#BOTH}) is
 * produced by the public reader API from a document of this table, with the JSON Pointer given
 * here and, for a problem found in the text, its line and column. A code added to {@link
 * ProblemCode} without an entry here fails {@link #every_json_problem_code_has_an_entry()}: the
 * codes are a contract (docs/json-format.md, Problem codes), and each is pinned by an example.
 */
class ProblemCodeCoverageTest {

  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 11, 23));
  private static final JsonReader READER = JsonReader.create();
  private static final JsonReader VALIDATING =
      JsonReader.builder().context(CONTEXT).rejectAt(Severity.ERROR).build();

  private static final String SNAPSHOT = """
      {"schemaVersion": "2.0", "type": "deployment-snapshot", "date": "%s",
       "records": [{"date": "%s", "contributor": "RWA", "mission": "UNMISS",
                    "category": "CONTINGENT_TROOPS", "personnel": {"women": 30, "men": 470}}]}
      """;

  /**
   * One entry: the code, the document (bytes, as a file gives them), the type it is read as, the
   * reader, the pointer of the problem with that code, and whether the problem was found in the
   * text (and so has a line and column) rather than in the value read from it.
   */
  record Case(ProblemCode code, String name, byte[] document, Class<?> type, JsonReader reader,
      String pointer, boolean inText) {

    static Case of(ProblemCode code, String name, String document, Class<?> type,
        String pointer) {
      return new Case(code, name, document.getBytes(StandardCharsets.UTF_8), type, READER,
          pointer, true);
    }

    @Override
    public String toString() {
      return code + ": " + name;
    }
  }

  static List<Case> table() {
    return List.of(
        // Where the parser had got to: the property before the comma.
        Case.of(ProblemCode.MALFORMED_JSON, "a trailing comma",
            "{\"women\": 1, \"men\": 2,}", PersonnelCount.class, "/men"),
        new Case(ProblemCode.INVALID_ENCODING, "a byte that is never UTF-8",
            concat("{\"women\": 1, \"men\": 2, \"x\": \"", new byte[] {(byte) 0xFF}, "\"}"),
            PersonnelCount.class, READER, "", true),
        Case.of(ProblemCode.EMPTY_INPUT, "only white space", "  \n ", PersonnelCount.class, ""),
        Case.of(ProblemCode.TRAILING_CONTENT, "a second value",
            "{\"women\": 1, \"men\": 2} {}", PersonnelCount.class, ""),
        Case.of(ProblemCode.LIMIT_EXCEEDED, "a number of 41 digits",
            "{\"women\": " + "1".repeat(41) + ", \"men\": 2}", PersonnelCount.class, "/women"),
        Case.of(ProblemCode.WRONG_TYPE, "a string for a count",
            "{\"women\": \"1\", \"men\": 2}", PersonnelCount.class, "/women"),
        Case.of(ProblemCode.NULL_VALUE, "null for a count",
            "{\"women\": null, \"men\": 2}", PersonnelCount.class, "/women"),
        Case.of(ProblemCode.MISSING_PROPERTY, "no men",
            "{\"women\": 1}", PersonnelCount.class, ""),
        Case.of(ProblemCode.DUPLICATE_PROPERTY, "women twice",
            "{\"women\": 1, \"women\": 1, \"men\": 2}", PersonnelCount.class, "/women"),
        Case.of(ProblemCode.UNKNOWN_PROPERTY, "a property the format does not define",
            "{\"women\": 1, \"men\": 2, \"children\": 3}", PersonnelCount.class, "/children"),
        Case.of(ProblemCode.UNKNOWN_CODE, "a readiness level that does not exist",
            "{\"on\": \"2022-01-10\", \"level\": \"LEVEL_9\"}", ReadinessStep.class, "/level"),
        Case.of(ProblemCode.WRONG_CONTRIBUTOR_KIND, "an organisation for a Member State",
            "{\"memberState\": \"EU\", \"wpsNationalActionPlan\": true,"
                + " \"rolesOpenToWomenReported\": true, \"officersByRankAndGenderReported\": true}",
            MemberStateCommitments.class, "/memberState"),
        Case.of(ProblemCode.MALFORMED_VALUE, "a day that does not exist",
            "{\"on\": \"2021-02-30\", \"level\": \"LEVEL_1\"}", ReadinessStep.class, "/on"),
        Case.of(ProblemCode.OUT_OF_RANGE, "a negative count",
            "{\"women\": -1, \"men\": 2}", PersonnelCount.class, "/women"),
        Case.of(ProblemCode.REPEATED_ELEMENT, "a category twice in a set",
            "{\"categories\": [\"CONTINGENT_TROOPS\", \"CONTINGENT_TROOPS\"], \"maximum\": 10}",
            AuthorisedCeiling.class, "/categories/1"),
        Case.of(ProblemCode.INVALID_VALUE, "a rotation period that ends before it starts",
            "{\"contributor\": \"KOR\", \"from\": \"2022-01-01\", \"to\": \"2021-01-01\"}",
            RotationPeriod.class, "/to"),
        Case.of(ProblemCode.UNSUPPORTED_VERSION, "a version with a leading zero",
            "{\"schemaVersion\": \"01.0\", \"type\": \"pledge-registry\", \"pledges\": []}",
            PledgeRegistryDocument.class, "/schemaVersion"),
        Case.of(ProblemCode.WRONG_DOCUMENT_TYPE, "a snapshot read as a registry",
            "{\"schemaVersion\": \"2.0\", \"type\": \"deployment-snapshot\", \"pledges\": []}",
            PledgeRegistryDocument.class, "/type"),
        Case.of(ProblemCode.NOT_IN_VERSION, "a 1.0 readiness claiming Level 2",
            Fixtures.registryOfVersion("1.0", Fixtures.pledgeV1(Fixtures.UNIT)
                .replace("\"level\": \"LEVEL_1\"", "\"level\": \"LEVEL_2\"")),
            PledgeRegistryDocument.class, "/pledges/0/readiness/level"),
        new Case(ProblemCode.DATED_AFTER_EVALUATION, "a snapshot after the context's date",
            SNAPSHOT.formatted("2026-12-31", "2026-12-31").getBytes(StandardCharsets.UTF_8),
            DeploymentSnapshotDocument.class, VALIDATING, "/date", false),
        new Case(ProblemCode.RULE_VIOLATION, "a battalion without an investigation officer",
            Fixtures.UNIT_WITHOUT_NIO.getBytes(StandardCharsets.UTF_8), Unit.class, VALIDATING,
            "/roles", false),
        Case.of(ProblemCode.UNKNOWN_CONTRIBUTOR, "a code that is no contributor's",
            "{\"date\": \"2014-02-28\", \"contributor\": \"XYZ\", \"mission\": \"UNMISS\","
                + " \"category\": \"CONTINGENT_TROOPS\", \"personnel\": {\"women\": 1, \"men\": 2}}",
            DeploymentRecord.class, "/contributor"),
        Case.of(ProblemCode.UNKNOWN_MISSION, "an acronym that is no mission's",
            "{\"date\": \"2014-02-28\", \"contributor\": \"RWA\", \"mission\": \"UNNOWHERE\","
                + " \"category\": \"CONTINGENT_TROOPS\", \"personnel\": {\"women\": 1, \"men\": 2}}",
            DeploymentRecord.class, "/mission"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void the_reader_reports_the_code_at_the_pointer(Case entry) {
    assertThatThrownBy(() -> entry.reader().read(entry.document(), entry.type()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
            .as("problems of %s", entry)
            .filteredOn(p -> p.code() == entry.code())
            .singleElement()
            .satisfies(p -> {
              assertThat(p.pointer()).isEqualTo(entry.pointer());
              assertThat(p.location().pointer()).isEqualTo(entry.pointer());
              assertThat(p.severity()).isEqualTo(entry.code().severity());
              if (entry.inText()) {
                assertThat(p.location().hasLine()).as("%s has a line", p).isTrue();
                assertThat(p.location().line()).isPositive();
                assertThat(p.location().column()).isPositive();
                assertThat(p.toString()).startsWith(entry.code() + " at ").contains("(line ");
              }
            }));
  }

  @Test
  void every_json_problem_code_has_an_entry() {
    Set<ProblemCode> json = Arrays.stream(ProblemCode.values())
        .filter(code -> code.format() != ProblemCode.Format.CSV)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class)));
    Set<ProblemCode> covered = table().stream().map(Case::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCode.class)));
    assertThat(covered).as("codes with an entry in the table").containsAll(json);
    assertThat(json).as("the table has JSON codes only").containsAll(covered);
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
