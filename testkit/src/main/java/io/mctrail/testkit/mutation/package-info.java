/**
 * Single-defect mutations of consistent records, one for every rule of the validator's catalogue
 * that a record can be made to break, each with the findings the validator must report.
 */
package io.mctrail.testkit.mutation;
