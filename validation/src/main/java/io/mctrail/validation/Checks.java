package io.mctrail.validation;

import io.mctrail.validation.consistency.ConsistencyCheck;
import io.mctrail.validation.constraints.ConstraintCheck;
import io.mctrail.validation.envelope.AccountsCheck;
import io.mctrail.validation.envelope.IdentifierFormsCheck;
import io.mctrail.validation.envelope.RecordFieldsCheck;
import io.mctrail.validation.envelope.UserIdentityCheck;
import io.mctrail.validation.schema.SchemaCheck;
import io.mctrail.validation.security.AccessKeyCheck;
import io.mctrail.validation.security.CredentialsInUrlCheck;
import io.mctrail.validation.security.RedactionRevealedCheck;
import io.mctrail.validation.security.SecretsCheck;
import io.mctrail.validation.semantics.SemanticCheck;
import java.util.List;

/** Every check, in layer order. */
final class Checks {

  private static final List<Check> ALL =
      List.of(
          new SchemaCheck(),
          new ConstraintCheck(),
          new RecordFieldsCheck(),
          new IdentifierFormsCheck(),
          new UserIdentityCheck(),
          new AccountsCheck(),
          new ConsistencyCheck(),
          new SemanticCheck(),
          new SecretsCheck(),
          new CredentialsInUrlCheck(),
          new RedactionRevealedCheck(),
          new AccessKeyCheck());

  private Checks() {}

  static List<Check> all() {
    return ALL;
  }
}
