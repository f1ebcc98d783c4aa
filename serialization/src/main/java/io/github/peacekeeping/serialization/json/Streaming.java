package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.pledge.Pledge;
import io.github.peacekeeping.serialization.problem.ProblemCode;
import io.github.peacekeeping.validation.Finding;
import io.github.peacekeeping.validation.RegistryAssessment;
import io.github.peacekeeping.validation.ValidationReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/**
 * One {@link JsonReader#stream} call: the elements of a JSON array (bare, or the {@code pledges}
 * of a registry document) decoded one at a time from the token stream by the same shapes as whole
 * documents, each delivered or reported before the next is read. Not thread-safe.
 */
final class Streaming<T> {

  private static final String PLEDGES = "pledges";

  private final JsonReader reader;
  private final Class<T> type;
  private Shape<T> shape;
  private final Consumer<? super Validated<T>> valid;
  private final Consumer<? super JsonProblem> invalid;
  private final RegistryAssessment assessment;
  private long delivered;
  private long rejected;
  private long reported;

  Streaming(JsonReader reader, Class<T> type, Shape<T> shape,
      Consumer<? super Validated<T>> valid, Consumer<? super JsonProblem> invalid) {
    this.reader = reader;
    this.type = type;
    this.shape = shape;
    this.valid = valid;
    this.invalid = invalid;
    this.assessment = reader.validator() != null && type == Pledge.class
        ? reader.validator().registryAssessment(reader.context()) : null;
  }

  StreamSummary run(InputStream json) {
    BufferedInputStream in = new BufferedInputStream(json);
    JsonProblem start = start(in);
    if (start != null) {
      report(start);
      return summary(false);
    }
    Input input = null;
    try (JsonParser parser = PeacekeepingJson.STREAMING.createParser(
        new Utf8.StrictInputStream(in))) {
      input = Input.of(parser, "").streaming();
      boolean complete = document(input);
      flush(input);
      return summary(complete);
    } catch (Input.Stop stop) {
      flush(input);
      return summary(false);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8.MalformedException bad) {
        if (input != null) {
          flush(input);
        }
        report(Utf8.malformed(bad.line, bad.column));
        return summary(false);
      }
      throw new UncheckedIOException(e.getCause());
    }
  }

  private StreamSummary summary(boolean complete) {
    ValidationReport registry =
        complete && assessment != null ? assessment.finish() : ValidationReport.empty();
    return new StreamSummary(delivered, rejected, reported, complete, registry);
  }

  /** The problem of the stream's first bytes, without consuming them; null if none. */
  private static JsonProblem start(BufferedInputStream in) {
    try {
      in.mark(4);
      byte[] first = in.readNBytes(4);
      in.reset();
      return Utf8.startProblem(first, first.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the document; false when a problem of the document itself stopped it. */
  private boolean document(Input in) {
    JsonToken first = in.next();
    if (first == null) {
      in.report(ProblemCode.EMPTY_INPUT, "empty document: expected a JSON array");
      return false;
    }
    boolean envelope = false;
    if (first == JsonToken.START_OBJECT && type == Pledge.class) {
      DocumentShape.Major major = Format.PLEDGE_REGISTRY.head(in, PLEDGES);
      if (major == null) {
        return false;
      }
      @SuppressWarnings("unchecked") // only a stream of Pledge has an envelope
      Shape<T> pledges = (Shape<T>) (major == DocumentShape.Major.ONE
          ? Format.PLEDGE_V1 : Format.PLEDGE);
      shape = pledges;
      envelope = true;
      flush(in);
      in.push(PLEDGES);
      if (in.token() != JsonToken.START_ARRAY) {
        in.wrongType("an array");
        in.pop();
        return false;
      }
    } else if (first != JsonToken.START_ARRAY) {
      in.report(ProblemCode.WRONG_TYPE, "expected a JSON array of " + type.getSimpleName()
          + (type == Pledge.class ? " or a pledge-registry document" : ""));
      return false;
    }
    elements(in);
    if (envelope) {
      in.pop();
      // The rest of the envelope: nothing may follow the pledges but the end of the object.
      for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
        String name = in.currentName();
        in.next();
        in.push(name);
        in.report(ProblemCode.UNKNOWN_PROPERTY, "unknown property " + Shapes.quote(name)
            + " after the pledges of a streamed pledge registry document");
        in.skip();
        in.pop();
      }
      flush(in);
    }
    JsonToken after = in.next();
    if (after != null) {
      in.report(ProblemCode.TRAILING_CONTENT, "trailing content after the document");
      return false;
    }
    return true;
  }

  private void elements(Input in) {
    int index = 0;
    for (JsonToken token = in.next(); token != JsonToken.END_ARRAY; token = in.next(), index++) {
      in.push(index);
      T value = in.value(shape);
      if (value == null || in.hasProblems()) {
        rejected++;
        flush(in);
      } else {
        accept(value, in.pointer());
      }
      in.pop();
    }
  }

  private void accept(T value, String at) {
    if (reader.validator() == null) {
      delivered++;
      valid.accept(Validated.of(value, ValidationReport.empty()));
      return;
    }
    // One validation of the element alone (paths and notices relative to it), then, for a
    // pledge that passed, its personnel into the running totals.
    ValidationReport findings = ExchangeTypes.validate(reader.validator(), value, reader.context());
    List<JsonProblem> problems = new ArrayList<>();
    for (Finding finding : findings.findings()) {
      if (reader.rejects(finding)) {
        problems.add(JsonReader.ruleProblem(at, finding));
      }
    }
    if (!problems.isEmpty()) {
      rejected++;
      problems.forEach(this::report);
      return;
    }
    if (assessment != null) {
      assessment.count((Pledge) value);
    }
    delivered++;
    valid.accept(Validated.of(value, findings));
  }

  private void flush(Input in) {
    if (in == null) {
      return;
    }
    in.problems().forEach(this::report);
    in.truncate(0);
  }

  private void report(JsonProblem problem) {
    reported++;
    invalid.accept(problem);
  }
}
