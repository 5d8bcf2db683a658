package io.mctrail.validation.security;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsInUrlCheckTest {

  static final String FILE_INPUT = "/requestParameters/settings/inputs/0/fileInput";

  @Test
  void aUrlWithAPasswordIsAWarning() {
    var event = with(createJob(), FILE_INPUT, "https://encoder:s3cr3t@media.example.com/clip.mp4");
    Finding f = theOnly(event, SecurityRules.CREDENTIALS_IN_URL);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo(FILE_INPUT);
    assertThat(f.message()).contains("userinfo").doesNotContain("s3cr3t");
  }

  @Test
  void aPresignedUrlIsAWarningNamingItsParameters() {
    var event =
        with(
            createJob(),
            FILE_INPUT,
            "https://example-input.s3.us-west-2.amazonaws.com/clip.mp4"
                + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=EXAMPLEKEYID%2F20240404%2Fus-west-2%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20240404T174526Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=0123456789abcdef0123456789abcdef"
                + "0123456789abcdef0123456789abcdef");
    Finding f = theOnly(event, SecurityRules.CREDENTIALS_IN_URL);
    assertThat(f.pointer()).isEqualTo(FILE_INPUT);
    assertThat(f.message()).contains("x-amz-credential", "x-amz-signature");
    assertThat(f.toString()).doesNotContain("0123456789abcdef").doesNotContain("EXAMPLEKEYID");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://cdn.example.com/a.mp4?Expires=1712252726&Signature=abcd&Key-Pair-Id=K2JCJ",
        "https://acct.blob.core.windows.net/c/a.mp4?sv=2022-11-02&sig=abcd%3D",
        "https://media.example.com/a.mp4?token=abcd",
        "ftp://user@ftp.example.com/a.mp4",
        "https://media.example.com/a.mp4?X%2DAmz%2DSecurity%2DToken=abcd"
      })
  void signedUrlsAndUserNamesAreCredentials(String url) {
    Finding f = theOnly(with(createJob(), FILE_INPUT, url), SecurityRules.CREDENTIALS_IN_URL);
    assertThat(f.pointer()).isEqualTo(FILE_INPUT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3://example-input/clip.mp4",
        "s3://example-input/users/someone@example.com/clip.mp4",
        "https://media.example.com/a.mp4?versionId=3&format=mp4",
        "https://media.example.com/a.mp4?token=",
        "https://media.example.com/a.mp4#token=abcd"
      })
  void urlsWithoutCredentialsAreFine(String url) {
    assertThat(findings(with(createJob(), FILE_INPUT, url), SecurityRules.CREDENTIALS_IN_URL.id()))
        .isEmpty();
  }

  @Test
  void aUrlInsideALongerStringIsFound() {
    var event =
        with(
            createJob(),
            "/requestParameters/userMetadata/note",
            "source copied from https://u:p@media.example.com/a.mp4 yesterday");
    Finding f = theOnly(event, SecurityRules.CREDENTIALS_IN_URL);
    assertThat(f.pointer()).isEqualTo("/requestParameters/userMetadata/note");
  }

  @Test
  void everyServicesPayloadsAreSearched() {
    var event = with(createJob(), "/eventSource", "s3.amazonaws.com");
    with(event, "/eventName", "PutObject");
    with(event, "/responseElements", null);
    with(event, "/requestParameters/x-amz-copy-source", "https://u:p@example.com/a");
    Finding f = theOnly(event, SecurityRules.CREDENTIALS_IN_URL);
    assertThat(f.pointer()).isEqualTo("/requestParameters/x-amz-copy-source");
  }
}
