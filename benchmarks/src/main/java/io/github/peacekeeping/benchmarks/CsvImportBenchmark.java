package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.serialization.csv.ImportResult;
import io.github.peacekeeping.serialization.csv.UnStatisticsImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Importing the whole of the UN's contributions by gender, 2009–2014 ({@code
 * data/un-contributions-by-gender-2009-2014.csv}, 29,115 rows; its bytes read once per trial),
 * from a {@link Reader} over the bytes.
 *
 * <p>{@link #import_un_statistics}: {@link UnStatisticsImporter#importFrom(Reader, String)}, every
 * row checked and turned into {@code DeploymentRecord}s, collected with the problems. BASELINE
 * {@link #baseline_csv_mapper_rows}: Jackson's {@link CsvMapper} reading the same bytes into one
 * {@code String[]} per row, collected, without any check. Throughput is reported in imports per
 * second; rows/s is that times the rows read (printed by the setup).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CsvImportBenchmark {

  byte[] csv;
  UnStatisticsImporter importer;
  CsvMapper mapper;

  /** Creates the benchmark; JMH instantiates it. */
  public CsvImportBenchmark() {}

  /** Reads the file's bytes and checks both readers see every row. */
  @Setup(Level.Trial)
  public void setUp() {
    Path file = RegistryAssessmentBenchmark.UnContributions.find();
    try {
      csv = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    importer = new UnStatisticsImporter();
    mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    ImportResult result = import_un_statistics();
    List<String[]> rows = baseline_csv_mapper_rows();
    System.out.printf("%n[CsvImportBenchmark] %s: %d bytes; importer: %d rows read, %d records,"
            + " %d errors, %d warnings; CsvMapper: %d rows (header included)%n",
        file, csv.length, result.rowsRead(), result.records().size(), result.errors().size(),
        result.warnings().size(), rows.size());
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
  }

  /**
   * The importer over the whole file.
   *
   * @return the records and problems
   */
  @Benchmark
  public ImportResult import_un_statistics() {
    return importer.importFrom(reader(), "un-contributions-by-gender-2009-2014.csv");
  }

  /**
   * BASELINE: every row as a {@code String[]}, no checks.
   *
   * @return the rows
   */
  @Benchmark
  public List<String[]> baseline_csv_mapper_rows() {
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader())) {
      return rows.readAll();
    }
  }
}
