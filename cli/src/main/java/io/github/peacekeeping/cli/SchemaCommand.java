package io.github.peacekeeping.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peacekeeping schema}: the JSON Schema of the exchange documents. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (2020-12) of an exchange document, as shipped in the "
        + "serialization jar.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema was printed", "2:bad usage"})
final class SchemaCommand implements Callable<Integer> {

  /** The exchange document types. */
  enum DocumentType {
    /** {@code {"schemaVersion", "type": "pledge-registry", "pledges": [...]}}. */
    PLEDGE_REGISTRY("pledge-registry"),
    /** {@code {"schemaVersion", "type": "deployment-snapshot", "date", "records": [...]}}. */
    DEPLOYMENT_SNAPSHOT("deployment-snapshot");

    private final String code;

    DocumentType(String code) {
      this.code = code;
    }

    @Override
    public String toString() {
      return code;
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = DocumentTypeConverter.class,
      description = "Document type: pledge-registry or deployment-snapshot. Default: ${DEFAULT-VALUE}.")
  private DocumentType type = DocumentType.PLEDGE_REGISTRY;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(Schemas.of(type));
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }

  /** Reads a document type by its wire code. */
  static final class DocumentTypeConverter
      implements picocli.CommandLine.ITypeConverter<DocumentType> {

    @Override
    public DocumentType convert(String value) {
      for (DocumentType type : DocumentType.values()) {
        if (type.code.equalsIgnoreCase(value.trim())) {
          return type;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a document type: pledge-registry or deployment-snapshot");
    }
  }
}
