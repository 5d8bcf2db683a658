package io.mctrail.samples.modular;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.mediaconvert.CreateJobRequest;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one CloudTrail record with a Jackson {@link ObjectMapper} that finds mctrail's Jackson
 * module as a service, prints what it learnt from the typed request, and validates the record.
 *
 * <p>Every line it prints starts with what it is about: {@code module} (the name of a module it
 * uses and whether it is explicit or automatic), {@code jackson-module}, {@code output-groups} and
 * {@code finding}.
 */
public final class ModularAudit {

  private ModularAudit() {}

  /**
   * Audits the record in the file named by the only argument.
   *
   * @param args the path of a file holding one CloudTrail record
   * @throws Exception if the file cannot be read or the record cannot be parsed
   */
  public static void main(String[] args) throws Exception {
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    for (Module module :
        new Module[] {Validator.class.getModule(), CloudTrailEvent.class.getModule()}) {
      System.out.println(
          "module "
              + module.getName()
              + (module.getDescriptor().isAutomatic() ? " automatic" : " explicit"));
    }

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.getRegisteredModuleIds().forEach(id -> System.out.println("jackson-module " + id));
    CloudTrailEvent event = mapper.readValue(json, CloudTrailEvent.class);
    event
        .requestParameters()
        .as(CreateJobRequest.class)
        .ifPresent(
            request ->
                System.out.println("output-groups " + request.settings().outputGroups().size()));

    for (Finding f : Validator.create().validate(json).findings()) {
      System.out.println("finding " + f.severity() + " " + f.rule() + " " + f.pointer());
    }
  }
}
