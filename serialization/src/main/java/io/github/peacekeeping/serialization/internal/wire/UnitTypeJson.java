package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A unit type on the wire: a standard type's code ({@link StandardUnitTypeJson}, a string) or
 * another type ({@link CustomUnitTypeJson}, an object). Deduction, not a type id: the JSON shape
 * says which, so nothing but the format's own properties is written, and the schema gets an
 * {@code anyOf} of the two shapes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
  @JsonSubTypes.Type(StandardUnitTypeJson.class),
  @JsonSubTypes.Type(CustomUnitTypeJson.class)
})
public sealed interface UnitTypeJson permits StandardUnitTypeJson, CustomUnitTypeJson {}
