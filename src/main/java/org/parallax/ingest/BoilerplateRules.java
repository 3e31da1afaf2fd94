package org.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognizes lines that belong to a site's furniture rather than to the article. */
final class BoilerplateRules {
  /**
   * One rule: a reason, the longest line it applies to in words, whether it takes the whole
   * paragraph, a pattern the line must start with and a pattern found anywhere (either may be null).
   */
  private record Rule(String reason, int maxWords, boolean wholeParagraph, Pattern start, Pattern anywhere) {
    boolean matches(String line) {
      return start != null && start.matcher(line).lookingAt()
          || anywhere != null && anywhere.matcher(line).find();
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static Rule rule(String reason, int maxWords, boolean whole, String start) {
    return rule(reason, maxWords, whole, start, null);
  }

  private static Rule rule(String reason, int maxWords, boolean whole, String start, String anywhere) {
    return new Rule(reason, maxWords, whole, start == null ? null : Pattern.compile(start, FLAGS),
        anywhere == null ? null : Pattern.compile(anywhere, FLAGS));
  }

  private static final List<Rule> RULES = List.of(
      rule("region/theme tags", 60, true,
          "(regions?|themes?|topics?|tags?|tagged( with)?|keywords|in-depth reports?|categor(y|ies)"
              + "|filed under|posted in|more on|sections?)\\s*:"),
      rule("disclaimer", 400, true,
          "(\\W*disclaimer\\b|legal notice\\s*:|the (views|opinions) (and opinions )?expressed (in this|here|by)"
              + "|(the )?contents? of this (article|post) (is|are) (of )?(the )?sole responsibility)"),
      rule("membership call", 25, false,
          "(subscribe|donate|support us)\\W*$",
          "\\b(become an? (paid |monthly )?(member|patron|subscriber|supporter)s?"
              + "|support (us|our (work|journalism|reporting|site))|donate (now|today|to us|here)"
              + "|make a donation|subscribe (now|today|here|to (our|the) (free )?(newsletter|channel|mailing list))"
              + "|sign up (for|to) (our|the) (free )?(daily |weekly )?(newsletter|mailing list|alerts)"
              + "|join (our|the) (mailing list|newsletter)|get (our|the) (free )?newsletter)\\b"),
      rule("social call", 25, false,
          "(share (this|on|via|the|article|story)\\b|share\\W*$|tweet (this|it)\\b|like us on\\b"
              + "|follow (us|@)|follow \\S+( \\S+)? on (twitter|facebook|telegram|instagram|x|youtube)\\b"
              + "|comment on .{0,100}\\b(facebook|twitter|telegram|vk|instagram|x)\\b"
              + "|join (us|our \\S+) on\\b|find us on\\b|email this\\b|print this\\b)"),
      rule("author list", 15, false,
          "((articles|posts|stories) by|(more|other|latest) (articles|stories|posts) (by|from))\\b"),
      rule("contact line", 25, false,
          "(for (media|press) (inquiries|enquiries|contacts?|queries)\\b|(media|press) (contact|inquiries|enquiries)\\s*:"
              + "|(contact|e-?mail)( us)?\\s*:\\s*\\S+@)"),
      rule("source note", 40, false,
          "((the )?original (source|version|article)( of this (article|story|piece|post))? (is|was|can be|appeared)\\b"
              + "|(this (article|story|piece|post) )?(was )?(originally|first) (published|appeared|posted) (on|in|at|by)\\b"
              + "|(sources?|via|republished from|reprinted from|cross-posted from)\\s*:"
              + "|(read|see) the (original|full) (article|story)\\b)"),
      rule("copyright", 40, false,
          "(copyright\\b|©|\\(c\\)\\s*(\\d{4}|\\p{Lu}))", "\\ball rights reserved\\b"),
      rule("image credit", 30, false,
          "[(\\[]?((featured|top|main|header|cover|lead|hero|feature|banner) )?"
              + "(image|photo|picture|illustration|photograph|graphic|video|photo illustration)s?"
              + "( credits?| source| courtesy)?\\s*(:|is\\b|by\\b|courtesy\\b|via\\b|©|source\\b|credit\\b)"
              + "|(image|photo) credits?\\b|credits?\\s*:"),
      rule("navigation", 12, false,
          "(skip to (main )?content|back to top|you are here\\b|home\\s*[>»›/|]|(main )?menu$|search$"
              + "|(previous|next)( article| post| story)?\\s*:|(read (more|next|also)|see also|related"
              + "( articles| stories| posts| coverage| content| reading)?)\\s*:|read more$|continue reading\\b"
              + "|read next$|related( articles| stories| posts| coverage| content)?$|recommended( for you)?$"
              + "|most (read|popular|viewed)$|trending( now)?$|click here\\b|print( this)?( article| page)?$)"),
      rule("advertisement", 4, false, "^(advertisement|sponsored( content)?|ad|promoted|paid content)\\W*$"));

  private static final Set<String> SOCIAL_WORDS = Set.of(
      "facebook", "twitter", "x", "email", "e-mail", "print", "whatsapp", "telegram", "reddit", "linkedin",
      "share", "pinterest", "tweet", "vk", "copy", "link", "messenger", "flipboard", "tumblr", "mail");

  private BoilerplateRules() {}

  /** Returns the reason {@code line} is boilerplate, or null when it is article text. */
  static String classify(Line line) {
    String text = line.text().strip();
    if (text.isEmpty()) {
      return null;
    }
    int words = words(text);
    for (Rule r : RULES) {
      if (words <= r.maxWords() && r.matches(text)) {
        return r.reason();
      }
    }
    if (socialButtons(text)) {
      return "social call";
    }
    if (line.linkOnly()) {
      return "link-only line";
    }
    return null;
  }

  /** Returns true when a line starting a paragraph with {@code reason} takes the whole paragraph. */
  static boolean takesParagraph(String reason) {
    for (Rule r : RULES) {
      if (r.reason().equals(reason)) {
        return r.wholeParagraph();
      }
    }
    return false;
  }

  /** Returns the number of whitespace-separated words in {@code text}. */
  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  private static boolean socialButtons(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[\\s|·•/,]+");
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!SOCIAL_WORDS.contains(w)) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }
}
