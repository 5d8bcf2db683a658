package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3LocationTest {

  @Test
  void aBucketAloneIsTheWholeBucket() {
    S3Location location = S3Location.parse("s3://trail-bucket");

    assertThat(location.bucket()).isEqualTo("trail-bucket");
    assertThat(location.prefix()).isEmpty();
    assertThat(location.contains("AWSLogs/x.json.gz")).isTrue();
    assertThat(location).hasToString("s3://trail-bucket");
  }

  @Test
  void aPrefixIsAFolderOrTheObjectItNames() {
    S3Location location = S3Location.parse("S3://trail-bucket/AWSLogs");

    assertThat(location.prefix()).isEqualTo("AWSLogs");
    assertThat(location.contains("AWSLogs/1/x.json.gz")).isTrue();
    assertThat(location.contains("AWSLogs")).isTrue();
    assertThat(location.contains("AWSLogs-old/x.json.gz")).isFalse();
    assertThat(S3Location.parse("s3://trail-bucket/AWSLogs/").contains("AWSLogs-old/x")).isFalse();
  }

  @Test
  void onlyS3UrisAreS3Locations() {
    assertThat(S3Location.isS3("s3://b")).isTrue();
    assertThat(S3Location.isS3("S3://b")).isTrue();
    assertThat(S3Location.isS3("samples/corpus")).isFalse();
    assertThat(S3Location.isS3("s3:/b")).isFalse();
  }

  @Test
  void aBadUriSaysWhatIsWrongWithIt() {
    assertThatThrownBy(() -> S3Location.parse("s3://"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"s3://\" names no bucket: write s3://bucket or s3://bucket/prefix");
    assertThatThrownBy(() -> S3Location.parse("s3:///AWSLogs"))
        .hasMessageContaining("names no bucket");
    assertThatThrownBy(() -> S3Location.parse("s3://Trail-Bucket/x"))
        .hasMessage("\"s3://Trail-Bucket/x\": bucket names are lower case (\"Trail-Bucket\")");
    assertThatThrownBy(() -> S3Location.parse("s3://a_b"))
        .hasMessage(
            "\"s3://a_b\": \"a_b\" is not a bucket name: 3 to 63 lower-case letters, digits, dots"
                + " and hyphens");
    assertThatThrownBy(() -> S3Location.parse("s3://bucket//x"))
        .hasMessageContaining("starts with a slash");
    assertThatThrownBy(() -> S3Location.parse("https://bucket/x"))
        .hasMessageContaining("is not an S3 location");
  }
}
