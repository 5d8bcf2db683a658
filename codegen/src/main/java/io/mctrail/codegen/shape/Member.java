package io.mctrail.codegen.shape;

/**
 * A member of a structure.
 *
 * @param name the member's name in the model (PascalCase in MediaConvert's model)
 * @param jsonName the name on the wire and in CloudTrail ({@code locationName} in C2J, the {@code
 *     jsonName} trait in Smithy), camelCase in MediaConvert's model
 * @param target the name of the member's shape
 * @param documentation the model's documentation of the member, or an empty string
 * @param required whether the model marks the member required
 * @param constraints constraints stated on the member itself (Smithy allows them there); the target
 *     shape's own constraints apply too
 */
public record Member(
    String name,
    String jsonName,
    String target,
    String documentation,
    boolean required,
    Constraints constraints) {}
