/**
 * The runtime of the generated shape generators: values of any shape drawn from its descriptor and
 * value type, within the model's constraints and the testkit's size limits.
 */
package io.mctrail.testkit.shape;
