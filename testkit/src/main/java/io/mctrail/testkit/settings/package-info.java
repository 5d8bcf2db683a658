/**
 * Job, job template and preset settings that MediaConvert's documented cross-field rules accept,
 * and the repair that makes a changed tree valid again.
 */
package io.mctrail.testkit.settings;
