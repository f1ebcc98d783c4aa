package io.github.peacekeeping.serialization.json;

import io.github.peacekeeping.core.internal.PeacekeepingStyle;
import io.github.peacekeeping.core.pledge.Pledge;
import java.util.List;
import org.immutables.value.Value;

/**
 * The exchange document of a pledge registry: {@code {"schemaVersion": "2.0", "type":
 * "pledge-registry", "pledges": [...]}}. Two documents are equal when their pledges are.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PeacekeepingStyle
public abstract class PledgeRegistryDocument {

  /** The document's {@code type} code: {@value}. */
  public static final String TYPE = "pledge-registry";

  PledgeRegistryDocument() {}

  /**
   * Returns the pledges, in document order.
   *
   * @return the pledges, unmodifiable, never null
   */
  @Value.Parameter
  public abstract List<Pledge> pledges();

  /**
   * Returns the document for some pledges.
   *
   * @param pledges the pledges, not null, without null elements
   * @return the document, never null
   * @throws NullPointerException if {@code pledges} or an element is null
   */
  public static PledgeRegistryDocument of(List<Pledge> pledges) {
    return ImmutablePledgeRegistryDocument.of(pledges);
  }

  /**
   * Returns the schema version the document is written in, {@value PeacekeepingJson#SCHEMA_VERSION}.
   * A document read from an older version (an older minor version of the same major version, or
   * schema 1.0) is upgraded to it.
   *
   * @return the version, never null
   */
  public String schemaVersion() {
    return PeacekeepingJson.SCHEMA_VERSION;
  }

  /**
   * Returns the document's {@code type} code, {@value #TYPE}.
   *
   * @return the type code, never null
   */
  public String type() {
    return TYPE;
  }

  /**
   * Returns a short description: the version and the number of pledges.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return TYPE + " " + schemaVersion() + " (" + pledges().size() + " pledges)";
  }
}
