package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the classes a compare loads at start-up can go into the launcher's class-data-sharing
 * archive: the JVM leaves out class files older than Java 6 (major version 50), which is what
 * picocli's own jar ships, so the build compiles picocli from its sources (see pom.xml).
 */
class StartupClassesTest {
  private static final int JAVA_6 = 50;

  @ParameterizedTest
  @ValueSource(strings = {"picocli/CommandLine.class", "picocli/CommandLine$Model$CommandSpec.class",
      "picocli/CommandLine$Help.class"})
  void picocliClassesAreRecentEnoughForTheArchive(String resource) throws IOException {
    int major = majorVersion(resource);
    assertTrue(major >= JAVA_6, resource + " has class-file major version " + major + ", which CDS refuses");
  }

  @Test
  void theCommandLineIsBuiltFromTheRecompiledClasses() throws IOException {
    // The class the JVM actually loads must be the recompiled one, not a copy from picocli's jar.
    String where = picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(!where.contains("picocli-"), "picocli is loaded from its jar: " + where);
    assertTrue(majorVersion("picocli/CommandLine.class") >= JAVA_6);
  }

  private static int majorVersion(String resource) throws IOException {
    try (InputStream in = picocli.CommandLine.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the class path");
      DataInputStream data = new DataInputStream(in);
      int magic = data.readInt();
      assertTrue(magic == 0xCAFEBABE, resource + " is not a class file");
      data.readUnsignedShort(); // minor version
      return data.readUnsignedShort();
    }
  }
}
