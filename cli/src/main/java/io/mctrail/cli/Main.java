package io.mctrail.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code mctrail} command's entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging (an
    // INFO line on standard error) unless told to use SLF4J, which slf4j-nop keeps quiet.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    CommandLine cl = McTrailCommand.commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
