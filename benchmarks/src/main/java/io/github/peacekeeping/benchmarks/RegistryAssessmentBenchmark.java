package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.contributor.MemberState;
import io.github.peacekeeping.core.deployment.DeploymentRecord;
import io.github.peacekeeping.core.deployment.DeploymentSnapshot;
import io.github.peacekeeping.core.mission.Mission;
import io.github.peacekeeping.core.personnel.PersonnelCount;
import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.core.pledge.AssessmentVisit;
import io.github.peacekeeping.core.pledge.RapidDeploymentCommitment;
import io.github.peacekeeping.core.pledge.Readiness;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import io.github.peacekeeping.core.pledge.ReadinessStep;
import io.github.peacekeeping.core.pledge.SurAlignment;
import io.github.peacekeeping.core.target.GenderTarget;
import io.github.peacekeeping.core.target.ReadinessTarget;
import io.github.peacekeeping.core.target.ShareTarget;
import io.github.peacekeeping.core.target.TargetScope;
import io.github.peacekeeping.core.target.Targets;
import io.github.peacekeeping.core.unit.DeploymentStatus;
import io.github.peacekeeping.core.unit.Platoon;
import io.github.peacekeeping.core.unit.Unit;
import io.github.peacekeeping.core.unit.UnitRole;
import io.github.peacekeeping.core.unit.UnitType;
import io.github.peacekeeping.serialization.csv.ImportResult;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import io.github.peacekeeping.validation.CommuniqueValidator;
import io.github.peacekeeping.validation.RegistryAssessment;
import io.github.peacekeeping.validation.ValidationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessments over many records.
 *
 * <p>Readiness targets over a registry of 1,000,000 pledges ({@link Registry}, built once per
 * trial from a few distinct pledges repeated): {@link #registry_validate_and_tally} feeds every
 * pledge to {@link CommuniqueValidator#registryAssessment(ValidationContext)} and finishes it
 * (every pledge validated, then the targets); {@link #registry_assess_readiness_targets} is the
 * public target-only path, {@link CommuniqueValidator#assessReadinessTargets(Iterable,
 * ValidationContext)}, for pledges validated when they entered the registry. The BASELINE {@link
 * #registry_baseline_tally_only} computes the same readiness totals with the core API alone
 * (the readiness level of each pledge's history on the deadline and on the evaluation date,
 * personnel, {@link ReadinessTarget#isMetBy(long)}). The distinct pledges carry histories of one
 * to three steps. Target: the 1M-pledge registry assessment under one second.
 *
 * <p>Gender targets on the real UN data ({@code data/un-contributions-by-gender-2009-2014.csv},
 * parsed once per trial into one {@link DeploymentSnapshot} per month, 52 months):
 * {@link #gender_assess_targets_all_months} runs {@link
 * CommuniqueValidator#assessTargets(DeploymentSnapshot, TargetScope, ValidationContext)} on every
 * month for the scope in {@link UnData#scope}; the BASELINE {@link
 * #gender_baseline_core_aggregation} computes the same per-subject totals and
 * {@link ShareTarget#isMetBy(PersonnelCount)} with the core API, without findings.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RegistryAssessment}. The data file is
 * looked for from the working directory upwards, or given with {@code -jvmArgs
 * -Dpeacekeeping.data=path/to/file.csv}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RegistryAssessmentBenchmark {

  private static final CommuniqueValidator VALIDATOR = CommuniqueValidator.create();

  /** Creates the benchmark; JMH instantiates it. */
  public RegistryAssessmentBenchmark() {}

  /** A registry of pledges: a few distinct pledges, repeated to the size wanted. */
  @State(Scope.Benchmark)
  public static class Registry {

    /** The number of pledges. */
    @Param("1000000")
    public int size;

    Pledge[] pledges;
    List<Pledge> list;
    ValidationContext context;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public Registry() {}

    /** Builds the registry. */
    @Setup(Level.Trial)
    public void setUp() {
      Samples samples = new Samples();
      samples.setUp();
      context = samples.context;
      Pledge levelThree = samples.pledge;
      Unit battalion = levelThree.units().get(0);
      List<Pledge> distinct = new ArrayList<>();
      distinct.add(levelThree);
      // Histories of two and three steps: registered, raised to Level 3, then to the Rapid
      // Deployment Level; or, for a 2016 pledge, raised to Level 3 and later fallen back to Level
      // 2, so that the deadline of 2016 and the evaluation date count it at different levels.
      ReadinessStep levelThreeStep = levelThree.readiness().orElseThrow().latest();
      distinct.add(Pledge.builder().from(levelThree).id("KOR-2021-002")
          .readiness(levelThree.readiness().orElseThrow().withStep(ReadinessStep.builder()
              .from(levelThreeStep)
              .on(LocalDate.of(2023, 1, 10))
              .level(ReadinessLevel.RAPID_DEPLOYMENT)
              .rapidDeployment(RapidDeploymentCommitment.of(60, LocalDate.of(2023, 1, 10)))
              .build()))
          .build());
      LocalDate bgdPledged = LocalDate.of(2016, 3, 1);
      LocalDate bgdLevelThree = LocalDate.of(2016, 9, 30);
      distinct.add(Pledge.builder().from(levelThree).id("BGD-2016-007")
          .contributor(MemberState.fromName("Bangladesh"))
          .conference(java.util.Optional.empty())
          .pledgedOn(bgdPledged)
          .readiness(Readiness.of(
              ReadinessStep.reached(ReadinessLevel.LEVEL_1, bgdPledged),
              ReadinessStep.builder().on(bgdLevelThree).level(ReadinessLevel.LEVEL_3)
                  .aav(AssessmentVisit.of(bgdLevelThree.minusDays(20)))
                  .sur(SurAlignment.generic("SUR-INF-2016-GENERIC", bgdLevelThree))
                  .build(),
              ReadinessStep.builder().on(LocalDate.of(2019, 1, 15)).level(ReadinessLevel.LEVEL_2)
                  .aav(AssessmentVisit.of(bgdLevelThree.minusDays(20)))
                  .build()))
          .units(List.of(Unit.builder().from(battalion).id("BGD-INF-7")
              .contributor(MemberState.fromName("Bangladesh")).build()))
          .build());
      distinct.add(Pledge.builder().from(levelThree).id("RWA-2019-003")
          .contributor(MemberState.fromName("Rwanda"))
          .readiness(Readiness.of(ReadinessLevel.LEVEL_1, LocalDate.of(2019, 5, 2)))
          .units(List.of(Unit.builder().from(battalion).id("RWA-FPU-3")
              .type(UnitType.FORMED_POLICE_UNIT)
              .contributor(MemberState.fromName("Rwanda"))
              .personnel(PersonnelCount.of(40, 100))
              .addPlatoon(Platoon.of("Platoon 1", PersonnelCount.ofWomen(32)))
              .addPlatoon(Platoon.of("Platoon 2", PersonnelCount.of(2, 30)))
              .engagementTeams(List.of())
              .build()))
          .build());
      // Two pledges that break rules, so that findings are built as in a real registry: one not
      // registered in the PCRS, one whose unit lacks a National Investigation Officer.
      distinct.add(Pledge.builder().from(levelThree).id("NOR-2021-004")
          .contributor(MemberState.fromName("Norway"))
          .readiness(java.util.Optional.empty())
          .units(List.of(Unit.builder().from(battalion).id("NOR-L2H-1")
              .type(UnitType.LEVEL_2_HOSPITAL)
              .contributor(MemberState.fromName("Norway"))
              .personnel(PersonnelCount.of(25, 40))
              .engagementTeams(List.of())
              .build()))
          .build());
      Map<UnitRole, PersonnelCount> withoutNio = new TreeMap<>(battalion.roles());
      withoutNio.remove(UnitRole.NATIONAL_INVESTIGATION_OFFICER);
      distinct.add(Pledge.builder().from(levelThree).id("GHA-2023-005")
          .contributor(MemberState.fromName("Ghana"))
          .units(List.of(Unit.builder().from(battalion).id("GHA-INF-5")
              .contributor(MemberState.fromName("Ghana"))
              .status(DeploymentStatus.READY_TO_DEPLOY)
              .roles(withoutNio)
              .build()))
          .build());
      for (int i = 0; i < distinct.size(); i++) {
        List<?> findings = VALIDATOR.validate(distinct.get(i), context).findings();
        if (findings.isEmpty() != i < 4) {
          throw new IllegalStateException("the first four sample pledges must meet every rule and"
              + " the last two break some: " + distinct.get(i).id() + " " + findings);
        }
      }
      pledges = new Pledge[size];
      for (int i = 0; i < size; i++) {
        pledges[i] = distinct.get(i % distinct.size());
      }
      list = java.util.Arrays.asList(pledges);
    }
  }

  /** The UN's monthly contributions by gender, one snapshot per month. */
  @State(Scope.Benchmark)
  public static class UnData {

    /** What to assess: the system, each contributor, or each mission. */
    @Param({"SYSTEM", "CONTRIBUTOR", "MISSION"})
    public TargetScope scope;

    DeploymentSnapshot[] snapshots;
    ValidationContext[] contexts;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public UnData() {}

    /** Reads the file. */
    @Setup(Level.Trial)
    public void setUp() {
      Map<LocalDate, List<DeploymentRecord>> byMonth = UnContributions.read(UnContributions.find());
      snapshots = new DeploymentSnapshot[byMonth.size()];
      contexts = new ValidationContext[byMonth.size()];
      int i = 0;
      for (Map.Entry<LocalDate, List<DeploymentRecord>> month : byMonth.entrySet()) {
        snapshots[i] = DeploymentSnapshot.of(month.getKey(), month.getValue());
        contexts[i] = ValidationContext.asOf(month.getKey());
        i++;
      }
    }
  }

  /**
   * BASELINE: the readiness totals of the registry and the readiness targets, with the core API,
   * without validating the pledges.
   *
   * @param registry the registry
   * @return the number of targets met
   */
  @Benchmark
  public int registry_baseline_tally_only(Registry registry) {
    // The two days the targets are read on: their deadline (passed) and the evaluation date.
    LocalDate asOf = registry.context.asOf();
    LocalDate deadline = Targets.LDN16_LEVEL3_12000.deadline().orElseThrow();
    LocalDate[] days = {deadline, asOf};
    long[][] byLevel = new long[days.length][ReadinessLevel.values().length];
    for (Pledge pledge : registry.pledges) {
      if (pledge.readiness().isEmpty()) {
        continue;
      }
      long personnel = pledge.personnel().total();
      for (int d = 0; d < days.length; d++) {
        if (pledge.pledgedOn().isAfter(days[d])) {
          continue;
        }
        ReadinessLevel level = pledge.readiness().get().levelOn(days[d]).orElse(null);
        if (level != null) {
          byLevel[d][level.ordinal()] += personnel;
        }
      }
    }
    int met = 0;
    for (ReadinessTarget target : Targets.readinessTargets()) {
      for (int d = 0; d < days.length; d++) {
        long atOrAbove = 0;
        for (ReadinessLevel level : ReadinessLevel.values()) {
          if (level.isAtLeast(target.minimumLevel())) {
            atOrAbove += byLevel[d][level.ordinal()];
          }
        }
        met += target.isMetBy(atOrAbove) ? 1 : 0;
      }
    }
    return met;
  }

  /**
   * The readiness targets of the registry through the public target-only path, {@link
   * CommuniqueValidator#assessReadinessTargets(Iterable, ValidationContext)}: no per-pledge
   * validation, one finding per target.
   *
   * @param registry the registry
   * @return the number of findings
   */
  @Benchmark
  public int registry_assess_readiness_targets(Registry registry) {
    return VALIDATOR.assessReadinessTargets(registry.list, registry.context).findings().size();
  }

  /**
   * The registry through the validator's incremental assessment: every pledge validated with its
   * units, then the readiness targets.
   *
   * @param registry the registry
   * @return the number of findings
   */
  @Benchmark
  public long registry_validate_and_tally(Registry registry) {
    RegistryAssessment assessment = VALIDATOR.registryAssessment(registry.context);
    long findings = 0;
    for (Pledge pledge : registry.pledges) {
      findings += assessment.accept(pledge).findings().size();
    }
    return findings + assessment.finish().findings().size();
  }

  /**
   * BASELINE: per-subject totals of every month and whether each share target is met, with the
   * core API.
   *
   * @param data the snapshots
   * @return the number of targets met
   */
  @Benchmark
  public int gender_baseline_core_aggregation(UnData data) {
    int met = 0;
    for (DeploymentSnapshot snapshot : data.snapshots) {
      for (GenderTarget target : Targets.genderTargets()) {
        if (!(target instanceof ShareTarget)) {
          continue;
        }
        ShareTarget share = (ShareTarget) target;
        Iterable<PersonnelCount> counts;
        switch (data.scope) {
          case SYSTEM:
            counts = List.of(snapshot.total(share.categories()));
            break;
          case CONTRIBUTOR:
            counts = snapshot.byContributor(share.categories()).values();
            break;
          default:
            counts = snapshot.byMission(share.categories()).values();
            break;
        }
        for (PersonnelCount count : counts) {
          if (!count.isZero() && share.isMetBy(count)) {
            met++;
          }
        }
      }
    }
    return met;
  }

  /**
   * The validator's gender-target assessment of every month.
   *
   * @param data the snapshots
   * @return the number of findings
   */
  @Benchmark
  public int gender_assess_targets_all_months(UnData data) {
    int findings = 0;
    for (int i = 0; i < data.snapshots.length; i++) {
      findings += VALIDATOR.assessTargets(data.snapshots[i], data.scope, data.contexts[i])
          .findings().size();
    }
    return findings;
  }

  /**
   * The UN's contributions by gender, read with the serialization module's importer ("Experts on
   * Mission" as military observers, staff officers counted with troops in this period).
   */
  static final class UnContributions {

    private static final String FILE = "data/un-contributions-by-gender-2009-2014.csv";

    private UnContributions() {}

    static Path find() {
      String given = System.getProperty("peacekeeping.data");
      if (given != null) {
        return Path.of(given);
      }
      for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
        Path candidate = at.resolve(FILE);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException(FILE + " not found from the working directory upwards;"
          + " run from the repository or pass -jvmArgs -Dpeacekeeping.data=<file>");
    }

    /** Reads the file with the library's importer, grouping the records by month. */
    static Map<LocalDate, List<DeploymentRecord>> read(Path file) {
      ImportResult imported = new UnStatisticsImporter().importFile(file);
      if (imported.hasErrors()) {
        throw new IllegalStateException(file + ": " + imported.errors());
      }
      Map<LocalDate, List<DeploymentRecord>> byMonth = new TreeMap<>();
      for (DeploymentRecord record : imported.records()) {
        byMonth.computeIfAbsent(record.date(), d -> new ArrayList<>()).add(record);
      }
      return byMonth;
    }
  }
}
