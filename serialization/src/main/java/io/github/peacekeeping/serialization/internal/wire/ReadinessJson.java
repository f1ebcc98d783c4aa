package io.github.peacekeeping.serialization.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.peacekeeping.core.pledge.ReadinessLevel;
import java.time.LocalDate;

/** PCRS readiness of a pledge. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"level", "registeredOn", "aavDate", "surReference", "rapidDeploymentDays"})
public record ReadinessJson(
    @JsonProperty(required = true) ReadinessLevel level,
    LocalDate registeredOn,
    LocalDate aavDate,
    String surReference,
    Integer rapidDeploymentDays) {}
