/**
 * The report of a validation run and its writers.
 *
 * <p>A {@link io.mctrail.validation.report.Report} holds one {@link
 * io.mctrail.validation.report.EventReport} per record validated and a {@link
 * io.mctrail.validation.report.Summary} computed from them. A {@link
 * io.mctrail.validation.report.ReportWriter} writes it in one of the {@link
 * io.mctrail.validation.report.ReportFormat}s: text for people, JSON (the contract of the
 * architecture brief), SARIF 2.1.0 for code-scanning tools, JUnit XML for CI servers. A {@link
 * io.mctrail.validation.report.ReportStream} writes the same report while the run goes on, holding
 * no more than the event at hand (or a temporary file, for the formats that open with totals).
 */
package io.mctrail.validation.report;
