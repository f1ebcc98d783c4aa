package io.github.peacekeeping.serialization.problem;

/**
 * Where a {@link DataProblem} is: in a JSON document ({@link JsonLocation}) or a CSV file ({@link
 * CsvLocation}).
 */
public sealed interface Location permits JsonLocation, CsvLocation {}
