package org.ccmportal.archive.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The offline verifier: {@code java -jar archive-verifier.jar package.zip}. Needs a Java 17 runtime
 * and nothing else: no server, no database, no network. Exit 0 when every check holds, 1 naming the
 * first failure, 2 when the package cannot be read.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the verifier; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: java -jar archive-verifier.jar <export-package.zip>");
      return 2;
    }
    Map<String, byte[]> files;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      files = PackageVerifier.readZip(in);
    } catch (IOException | RuntimeException e) {
      err.println("FAILED: cannot read " + args[0] + ": " + e.getMessage());
      return 2;
    }
    PackageVerifier.Result result = PackageVerifier.verify(files);
    if (result.ok()) {
      out.println(result.message());
      return 0;
    }
    err.println("FAILED: " + result.message());
    return 1;
  }
}
