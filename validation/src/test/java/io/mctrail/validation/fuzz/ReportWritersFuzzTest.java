package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.Report;
import io.mctrail.validation.report.ReportFormat;
import io.mctrail.validation.report.ReportWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Fuzzes the report writers with what the validator says of mutated events ({@link Mutations}),
 * under arbitrary source names: every format is written without an exception and is well-formed
 * (the JSON and SARIF reports parse as JSON, the JUnit report as XML), and the text report carries
 * no control character to the terminal. Run as {@link ValidatorFuzzTest} says, with {@code
 * -Dtest=ReportWritersFuzzTest}.
 */
class ReportWritersFuzzTest {

  private static final Validator VALIDATOR = Validator.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

  @FuzzTest(maxDuration = "60s")
  void writesEveryFormat(FuzzedDataProvider data) throws Exception {
    String source = data.consumeString(60);
    int index = data.consumeInt(0, Integer.MAX_VALUE);
    Report.Builder builder = Report.builder();
    if (data.consumeBoolean()) {
      builder.skipped(source, data.consumeString(30), data.consumeInt(0, 3));
    }
    builder.event(source, index, VALIDATOR.validate(Mutations.mutatedEvent(data)));
    Report report = builder.build();
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      ReportWriter.of(format).write(report, out);
      String text = out.toString();
      switch (format) {
        case JSON, SARIF -> JSON.readTree(text);
        case JUNIT -> parseXml(text);
        case TEXT -> {
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            FuzzProperties.check(
                !Character.isISOControl(c) || c == '\n', "a control character in the text report");
          }
        }
      }
    }
  }

  private static void parseXml(String xml) throws Exception {
    try {
      XML.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | org.xml.sax.SAXException e) {
      throw new AssertionError("the JUnit report is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
