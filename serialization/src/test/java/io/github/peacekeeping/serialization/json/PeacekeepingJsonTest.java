package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

class PeacekeepingJsonTest {

  /** A plain bean for the mapper's own data binding. */
  public static final class Count {
    public int women;
  }

  private static final JsonMapper MAPPER = PeacekeepingJson.mapper();

  @Test
  void mapper_is_built_once() {
    assertThat(PeacekeepingJson.mapper()).isSameAs(MAPPER);
  }

  @Test
  void mapper_enables_the_safety_features() {
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
    assertThat(MAPPER.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(MAPPER.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
  }

  @Test
  void mapper_rejects_unknown_properties_nulls_trailing_tokens_and_coercion() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": 1, \"men\": 2}", Count.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("men");
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": null}", Count.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": 1} {}", Count.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": \"12\"}", Count.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": 1.5}", Count.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void mapper_rejects_duplicate_keys() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"women\": 1, \"women\": 2}", Count.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate");
  }

  @Test
  void mapper_limits_nesting_depth_and_number_length() {
    assertThatThrownBy(() -> MAPPER.readTree("[".repeat(100) + "]".repeat(100)))
        .isInstanceOf(JacksonException.class).hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> MAPPER.readTree("1" + "0".repeat(100)))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Number value length");
  }

  @Test
  void mapper_writes_dates_as_iso_text() {
    assertThat(MAPPER.writeValueAsString(Map.of("d", LocalDate.of(2021, 12, 7))))
        .isEqualTo("{\"d\":\"2021-12-07\"}");
  }

  @Test
  void schema_version_is_one_zero() {
    assertThat(PeacekeepingJson.SCHEMA_VERSION).isEqualTo("2.0");
  }
}
