package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.records.DateWindow;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The client the options describe: a named profile's credentials and region, the default chains
 * (here the system properties the build sets), an S3-compatible endpoint with path-style requests.
 */
class S3ClientsTest {

  @TempDir static Path folder;
  private static S3Server server;
  private final String[] saved = {
    System.getProperty("aws.sharedCredentialsFile"),
    System.getProperty("aws.configFile"),
    System.getProperty("aws.region")
  };

  @BeforeAll
  static void startServer() {
    server = S3Server.start(folder);
    server.createBucket("profile-bucket");
    server.put("profile-bucket", "a.json.gz", new byte[] {1, 2, 3});
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @AfterEach
  void restoreProperties() {
    restore("aws.sharedCredentialsFile", saved[0]);
    restore("aws.configFile", saved[1]);
    restore("aws.region", saved[2]);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  private static void profiles(String credentials, String config) throws IOException {
    Path c = Files.writeString(folder.resolve("credentials"), credentials);
    Path f = Files.writeString(folder.resolve("config"), config);
    System.setProperty("aws.sharedCredentialsFile", c.toString());
    System.setProperty("aws.configFile", f.toString());
  }

  private static S3Listing list(S3Client client) {
    return new S3Lister(client)
        .list(List.of(S3Location.parse("s3://profile-bucket")), DateWindow.ALL);
  }

  @Test
  void aNamedProfileGivesTheCredentialsAndTheRegion() throws IOException {
    profiles(
        "[trail-reader]\naws_access_key_id = "
            + S3Server.ACCESS_KEY
            + "\naws_secret_access_key = "
            + S3Server.SECRET_KEY
            + "\n",
        "[profile trail-reader]\nregion = eu-central-1\n");

    try (S3Client client =
        S3Clients.create(
            S3ClientOptions.DEFAULT.withEndpoint(server.endpoint()).withProfile("trail-reader"))) {
      assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
      assertThat(list(client).inputs()).extracting(S3Input::key).containsExactly("a.json.gz");
    }
  }

  @Test
  void aProfileWithOtherCredentialsIsDeniedAndSaysSo() throws IOException {
    profiles(
        "[stranger]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = not-the-secret\n",
        "");

    try (S3Client client =
        S3Clients.create(
            new S3ClientOptions("us-east-1", server.endpoint(), "stranger", S3Retries.DEFAULT))) {
      assertThat(list(client).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.reason()).startsWith("access denied ("));
    }
  }

  @Test
  void theDefaultChainsGiveTheCredentialsAndTheRegion() {
    System.setProperty("aws.region", "ap-southeast-2");

    try (S3Client client =
        S3Clients.create(S3ClientOptions.DEFAULT.withEndpoint(server.endpoint()))) {
      assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTHEAST_2);
      assertThat(list(client).inputs()).hasSize(1);
    }
  }

  @Test
  void withNoRegionAnywhereTheClientFallsBackToUsEast1() {
    System.clearProperty("aws.region");

    try (S3Client client =
        S3Clients.create(S3ClientOptions.DEFAULT.withEndpoint(server.endpoint()))) {
      assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
    }
  }

  @Test
  void theRegionOptionWinsOverTheChains() {
    System.setProperty("aws.region", "ap-southeast-2");

    try (S3Client client =
        S3Clients.create(
            S3ClientOptions.DEFAULT.withEndpoint(server.endpoint()).withRegion("sa-east-1"))) {
      assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.SA_EAST_1);
    }
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertThatThrownBy(() -> S3ClientOptions.endpoint("http://exa mple"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--endpoint-url \"http://exa mple\" is not a URL");
    assertThatThrownBy(() -> S3ClientOptions.endpoint("localhost:9000"))
        .hasMessage(
            "--endpoint-url \"localhost:9000\" is not an http or https URL with a host, such as"
                + " http://127.0.0.1:9000");
    assertThatThrownBy(() -> S3ClientOptions.DEFAULT.withEndpoint(URI.create("ftp://host/")))
        .hasMessageContaining("is not an http or https URL");
    assertThatThrownBy(() -> S3ClientOptions.DEFAULT.withRegion(" "))
        .hasMessageStartingWith("--region is empty");
    assertThatThrownBy(() -> S3ClientOptions.DEFAULT.withProfile(""))
        .hasMessageStartingWith("--aws-profile is empty");
    assertThatThrownBy(() -> new S3Retries(0, java.time.Duration.ZERO, java.time.Duration.ZERO))
        .hasMessageContaining("maxAttempts must be 1 or more");
  }
}
