package org.parallax.cli;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/** Derives report file names from the names of the compared inputs. */
final class Slugs {
  private Slugs() {}

  /** Returns "{stem of a}-vs-{stem of b}", lower case, letters, digits and hyphens only. */
  static String of(String a, String b) {
    return stem(a) + "-vs-" + stem(b);
  }

  static String stem(String source) {
    String name = source;
    if (source.equals("-")) {
      return "stdin";
    }
    if (source.startsWith("http://") || source.startsWith("https://")) {
      try {
        URI uri = URI.create(source);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        name = path.isEmpty() ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
      } catch (IllegalArgumentException e) {
        name = source;
      }
    } else {
      name = name.replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }
}
