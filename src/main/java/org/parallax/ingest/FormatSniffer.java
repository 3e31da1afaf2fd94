package org.parallax.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses an input's format from a file name, a media type or the content itself. */
final class FormatSniffer {
  private static final Pattern HTML_DOC = Pattern.compile(
      "<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_BLOCK = Pattern.compile(
      "<(p|div|h[1-6]|article|section|ul|ol|li|table|blockquote|br)(\\s[^<>]{0,1000}+)?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
  private static final Pattern MD_RULE = Pattern.compile("(?m)^[ \\t]*(-{3,}|\\*{3,}|_{3,})[ \\t]*$");
  private static final Pattern MD_QUOTE = Pattern.compile("(?m)^>[ \\t]");

  private FormatSniffer() {}

  /** Returns the format a file name's extension claims, or null when it claims none. */
  static Format fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
    lower = lower.substring(slash + 1);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    switch (lower.substring(dot + 1)) {
      case "txt": case "text":
        return Format.TXT;
      case "md": case "markdown": case "mdown": case "mkd":
        return Format.MARKDOWN;
      case "html": case "htm": case "xhtml":
        return Format.HTML;
      default:
        return null;
    }
  }

  /** Returns the format a Content-Type header claims, or null when it says nothing useful. */
  static Format fromMediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    switch (type) {
      case "text/html": case "application/xhtml+xml":
        return Format.HTML;
      case "text/markdown": case "text/x-markdown":
        return Format.MARKDOWN;
      case "text/plain":
        return Format.TXT;
      default:
        return null;
    }
  }

  /** Returns the format the text itself shows. */
  static Format sniff(String text) {
    if (looksLikeHtml(text)) {
      return Format.HTML;
    }
    return markdownScore(text) >= 2 ? Format.MARKDOWN : Format.TXT;
  }

  /** Returns true when the text is an HTML document rather than text with a stray tag. */
  static boolean looksLikeHtml(String text) {
    String head = text.length() > 65536 ? text.substring(0, 65536) : text;
    if (HTML_DOC.matcher(head).find()) {
      return true;
    }
    return HTML_BLOCK.matcher(head).results().count() >= 3 && markdownScore(head) < 2;
  }

  /** Returns a score of Markdown evidence: headings and links count two, other marks one. */
  static int markdownScore(String text) {
    String head = text.length() > 65536 ? text.substring(0, 65536) : text;
    long score = 2 * MD_HEADING.matcher(head).results().count()
        + 2 * MarkdownReader.LINK.matcher(head).results().count()
        + EmphasisRemover.count(head)
        + MD_RULE.matcher(head).results().count()
        + MD_QUOTE.matcher(head).results().count();
    return (int) Math.min(score, Integer.MAX_VALUE);
  }
}
