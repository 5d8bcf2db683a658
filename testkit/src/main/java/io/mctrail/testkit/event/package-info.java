/**
 * Consistent CloudTrail records of MediaConvert calls: envelopes of every identity type and record
 * format, payloads of every operation, responses that echo requests as MediaConvert and CloudTrail
 * write them.
 */
package io.mctrail.testkit.event;
