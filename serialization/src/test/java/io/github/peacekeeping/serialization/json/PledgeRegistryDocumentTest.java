package io.github.peacekeeping.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PledgeRegistryDocumentTest {

  @Test
  void carries_pledges_with_current_version_and_type() {
    PledgeRegistryDocument document = PledgeRegistryDocument.of(List.of(Fixtures.pledge()));
    assertThat(document.pledges()).containsExactly(Fixtures.pledge());
    assertThat(document.schemaVersion()).isEqualTo("2.0");
    assertThat(document.type()).isEqualTo("pledge-registry");
    assertThat(document).hasToString("pledge-registry 2.0 (1 pledges)");
  }

  @Test
  void equal_when_pledges_are() {
    assertThat(PledgeRegistryDocument.of(List.of(Fixtures.pledge())))
        .isEqualTo(PledgeRegistryDocument.of(List.of(Fixtures.pledge())))
        .isNotEqualTo(PledgeRegistryDocument.of(List.of()));
  }

  @Test
  void rejects_null_pledges() {
    assertThatThrownBy(() -> PledgeRegistryDocument.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reads_an_older_version_of_the_same_major_as_the_current_one() {
    String json = "{\"schemaVersion\": \"2.0\", \"type\": \"pledge-registry\"}";
    assertThat(JsonReader.create().read(json, PledgeRegistryDocument.class).value().schemaVersion())
        .isEqualTo(PeacekeepingJson.SCHEMA_VERSION);
  }
}
