package org.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Entry point of the ingest stage. PLACEHOLDER: the ingest helper replaces this body. */
public final class Ingestor {
  /** Reads and cleans the article at {@code source}: a path, "-" for standard input, or an http(s) URL. */
  public Document read(String source) throws IngestException {
    try {
      String text = Files.readString(Path.of(source), StandardCharsets.UTF_8).strip();
      String body = text.replaceAll("\\n\\s*\\n+", "\n\n");
      return new Document(source, Format.TXT, null, null, null, null, body, List.of(), List.of());
    } catch (IOException e) {
      throw new IngestException(source, "cannot read: " + e.getMessage(), e);
    }
  }
}
