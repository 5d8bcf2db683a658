package io.mctrail.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.mctrail.codegen.read.ModelReader;
import io.mctrail.codegen.shape.ShapeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class McTrailSchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final McTrailSchemas schemas = McTrailSchemas.shared();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static String createJob(String h264, String dash) {
    return "{'eventVersion':'1.05','eventTime':'2017-11-15T02:57:32Z',"
        + "'eventSource':'mediaconvert.amazonaws.com','eventName':'CreateJob',"
        + "'awsRegion':'us-west-2','requestParameters':{'role':'arn:aws:iam::123456789000:role/r',"
        + "'settings':{'outputGroups':[{'outputGroupSettings':{'type':'DASH_ISO_GROUP_SETTINGS',"
        + "'dashIsoGroupSettings':"
        + dash
        + "},'outputs':[{'videoDescription':{'codecSettings':{'codec':'H_264','h264Settings':"
        + h264
        + "}}}]}]}},'responseElements':null}";
  }

  /** What the index says of the model the build generated the schemas from. */
  private JsonNode modelInfo() {
    return schemas.document("operations.json").get("model");
  }

  /**
   * The model the build generated the schemas from, read again by the generator's reader: the
   * pinned model, or the file the build was given; the same bytes as at build time.
   */
  private ShapeModel modelTheBuildRead() {
    JsonNode info = modelInfo();
    ModelReader.Loaded loaded = ModelReader.load(info.get("path").asText());
    assertThat(loaded.source().sha256())
        .as("the model file %s changed since the build", loaded.source().description())
        .isEqualTo(info.get("sha256").asText());
    assertThat(loaded.source().pinned()).isEqualTo(info.get("pinned").asBoolean());
    return loaded.model();
  }

  @Test
  void everyShapeOfTheModelTheBuildReadHasADefinition() {
    ShapeModel model = modelTheBuildRead();
    JsonNode defs = schemas.document(schemas.shapesFile()).get("$defs");
    assertThat(defs.size()).isEqualTo(model.shapes().size());
    model.shapes().keySet().forEach(name -> assertThat(defs.has(name)).as(name).isTrue());
    if (modelInfo().get("pinned").asBoolean()) {
      assertThat(defs.size()).as("shapes of the pinned model").isEqualTo(880);
    }
  }

  @Test
  void everyOperationOfTheModelTheBuildReadHasAnEventSchemaThatLoads() {
    ShapeModel model = modelTheBuildRead();
    assertThat(schemas.operations()).containsExactlyElementsOf(model.operations().keySet());
    for (String op : schemas.operations()) {
      assertThat(schemas.forOperation(op)).as(op).isPresent();
    }
    assertThat(schemas.forOperation("NoSuchOperation")).isEmpty();
    if (modelInfo().get("pinned").asBoolean()) {
      assertThat(schemas.operations()).as("operations of the pinned model").hasSize(29);
    }
  }

  @Test
  void definitionsCarryTheModelsConstraintsAndDocumentation() {
    JsonNode defs = schemas.document(schemas.shapesFile()).get("$defs");
    assertThat(defs.at("/__integerMin0Max7/minimum").asInt()).isZero();
    assertThat(defs.at("/__integerMin0Max7/maximum").asInt()).isEqualTo(7);
    assertThat(defs.at("/H264CodecProfile/enum").toString()).contains("\"BASELINE\"");
    assertThat(defs.at("/H264Settings/properties/gopSize/description").asText()).contains("GOP");
    assertThat(defs.at("/CreateQueueRequest/required").toString()).contains("name");
  }

  @Test
  void cloudTrailFormsAreAccepted() throws Exception {
    Schema schema = schemas.forOperation("CreateJob").orElseThrow();
    JsonNode event =
        json(
            createJob(
                "{'gopSize':90,'bitrate':5000000.0,'numberBFramesBetweenReferenceFrames':2,"
                    + "'codecProfile':'MAIN','futureMember':{'x':1}}",
                "{'segmentLength':30,'fragmentLength':2,'encryption':'***',"
                    + "'destination':'s3://bucket/out/'}"));
    List<Error> errors = schema.validate(event);
    assertThat(errors).isEmpty();
  }

  @Test
  void aRedactionMarkerMayStandForAnyValue() throws Exception {
    Schema schema = schemas.forOperation("CreateJob").orElseThrow();
    JsonNode event =
        json(
            createJob(
                "{'gopSize':'***','bitrate':'HIDDEN_DUE_TO_SECURITY_REASONS','codecProfile':'***'}",
                "'***'"));
    assertThat(schema.validate(event)).isEmpty();
  }

  @Test
  void anOutOfRangeValueIsReportedAtItsInstanceLocation() throws Exception {
    Schema schema = schemas.forOperation("CreateJob").orElseThrow();
    JsonNode event = json(createJob("{'numberBFramesBetweenReferenceFrames':8}", "{}"));
    List<Error> errors = schema.validate(event);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getInstanceLocation().toString())
        .contains("numberBFramesBetweenReferenceFrames");
    assertThat(errors.get(0).getKeyword()).isEqualTo("maximum");
  }

  @Test
  void aWrongTypeAndAnUnknownEnumValueAreReported() throws Exception {
    Schema schema = schemas.forOperation("CreateJob").orElseThrow();
    JsonNode event = json(createJob("{'gopSize':[1],'codecProfile':'HIGH_FUTURE'}", "{}"));
    assertThat(schema.validate(event))
        .extracting(Error::getKeyword)
        .containsExactlyInAnyOrder("type", "enum");
  }

  @Test
  void timestampsInEveryCloudTrailFormAreAccepted() throws Exception {
    Schema schema = schemas.forOperation("GetJob").orElseThrow();
    for (String t :
        List.of(
            "1510714652436",
            "1712252726",
            "'1510714652428'",
            "'2017-11-15T02:57:32Z'",
            "'2017-11-15T02:57:32.436+00:00'",
            "'Nov 15, 2017 2:57:32 AM'")) {
      JsonNode event =
          json(
              "{'eventVersion':'1.08','eventTime':'2017-11-15T02:57:32Z',"
                  + "'eventSource':'mediaconvert.amazonaws.com','eventName':'GetJob',"
                  + "'requestParameters':{'id':'1-a'},"
                  + "'responseElements':{'job':{'role':'r','settings':{},'createdAt':"
                  + t
                  + ",'timing':{'submitTime':"
                  + t
                  + "}}}}");
      assertThat(schema.validate(event)).as(t).isEmpty();
    }
    JsonNode bad =
        json(
            "{'eventVersion':'1.08','eventTime':'2017-11-15T02:57:32Z',"
                + "'eventSource':'mediaconvert.amazonaws.com','eventName':'GetJob',"
                + "'responseElements':{'job':{'role':'r','settings':{},'createdAt':'yesterday'}}}");
    assertThat(schema.validate(bad)).extracting(Error::getKeyword).containsExactly("pattern");
  }

  @Test
  void theEnvelopeRequiresItsCoreFieldsAndKeepsUnknownOnes() throws Exception {
    Schema envelope = schemas.envelope();
    assertThat(
            envelope.validate(
                json(
                    "{'eventVersion':'1.11','eventTime':'2026-07-01T00:00:00Z',"
                        + "'eventSource':'sts.amazonaws.com','eventName':'GetCallerIdentity',"
                        + "'userIdentity':{'type':'AssumedRole','inScopeOf':{'x':1}},"
                        + "'somethingNew':[1,2]}")))
        .isEmpty();
    assertThat(envelope.validate(json("{'eventVersion':'1.11'}")))
        .extracting(Error::getKeyword)
        .containsOnly("required");
  }
}
