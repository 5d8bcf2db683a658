package io.mctrail.codegen.shape;

/**
 * An operation of the service: its name (CloudTrail's {@code eventName}) and the names of its input
 * and output structures ({@code null} when it has none).
 */
public record Operation(String name, String input, String output, String documentation) {}
