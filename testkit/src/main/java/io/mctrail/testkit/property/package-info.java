/**
 * Property checks without a property-testing library: {@link
 * io.mctrail.testkit.property.PropertyCheck} runs a property over seeded cases of a {@link
 * io.mctrail.testkit.Gen}, prints the seed of a failing case, replays it from a system property,
 * and shrinks it first by replaying smaller draws. Any other library can drive a {@code Gen}
 * instead: it only needs a {@link java.util.random.RandomGenerator}.
 */
package io.mctrail.testkit.property;
