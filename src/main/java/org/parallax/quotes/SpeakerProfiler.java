package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Reads what an article says about a speaker where it names them: the kind of voice, a role and an
 * affiliation.
 *
 * <p>A party code after the name ("Rep. Adam Schiff, D-Calif." or "(R-Utah)"), a party word before
 * it ("Republican Sen. ...") or in an appositive (", a Democrat from ...") gives the party, which
 * is the affiliation when the article states it. Otherwise the affiliation is the body named
 * around the role: before it ("Obama campaign spokeswoman Lis Smith", "a White House
 * spokeswoman") or after "of", "for", "at" in an appositive ("Ben Jealous, president of the
 * NAACP"). The role is the role word or title nearest the name. Names that are organizations,
 * publications, documents or plural groups get that kind; every other speaker is a person. Only
 * the first three places the name (or its last word) is written outside quotes are read; nothing
 * is guessed when the article says nothing.
 */
final class SpeakerProfiler {
  private static final Pattern PARTY_CODE = Pattern.compile("^\\s*(?:,\\s*|\\(\\s*)([RDI])\\s?[-\u2013]\\s?\\p{Lu}");
  private static final Pattern APPOSITIVE = Pattern.compile("^\\s*,\\s*([^,;()\u201C\u201D\"]{2,90})");
  private static final Map<String, String> PARTIES =
      Map.of("d", "Democrat", "r", "Republican", "i", "Independent", "democrat", "Democrat", "democratic", "Democrat",
          "democrats", "Democrat", "republican", "Republican", "republicans", "Republican", "gop", "Republican");
  private static final Map<String, String> TITLES =
      Map.of("sen", "senator", "rep", "representative", "gov", "governor", "president", "president",
          "secretary", "secretary", "speaker", "speaker", "senator", "senator");
  /** "a spokesman for Hunter", "an aide to ..." is not read: the role and whom it speaks for. */
  private static final Pattern SPEAKS_FOR = Pattern.compile(
      "(?:a|an|one|another|the)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(spokesman|spokeswoman|spokesperson|aide|adviser|advisor|official|lawyer|attorney|representative)\\s+(?:for|of)\\s+(\\p{Lu}.*)");
  private static final Pattern DETERMINER = Pattern.compile("^(?:a|an|one|another|the)\\s+");
  /** Heads of a voice described without a name ("a White House official", "one Democratic lawmaker"). */
  private static final Set<String> VOICE_NOUNS =
      Set.of("official", "aide", "adviser", "advisor", "lawmaker", "strategist", "staffer", "source");
  private static final Set<String> SPOKESPEOPLE =
      Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary");
  private static final Set<String> EXTRA_ROLES =
      Set.of("organizer", "co-founder", "cofounder", "activist", "member", "strategist", "consultant", "adviser",
          "secretary", "counsel", "sheriff", "sen", "rep", "gov", "representative", "senator", "president");
  private static final Set<String> ROLE_MODIFIERS =
      Set.of("press", "deputy", "senior", "top", "current", "former", "longtime", "national", "communications",
          "chief", "political", "campaign");
  private static final Set<String> ROLE_PREFIXES =
      Set.of("foreign", "prime", "vice", "defense", "defence", "finance", "interior", "justice", "state", "press",
          "attorney", "majority", "minority", "house", "senate");
  private static final Set<String> ORG_NOUNS =
      Set.of("campaign", "administration", "committee", "party", "office", "department", "house");
  private static final Set<String> PUBLICATION_WORDS =
      Set.of("times", "post", "journal", "news", "daily", "newspaper", "magazine", "reuters", "tribune", "herald",
          "gazette", "globe", "cnn", "msnbc", "politico", "huffpost", "huffington", "axios", "bloomberg", "ap");
  /** Publications named after a person, whose name is also a surname: a given name before it makes a person. */
  private static final Set<String> SURNAME_PUBLICATIONS = Set.of("bloomberg");
  private static final Set<String> DOCUMENT_WORDS =
      Set.of("indictment", "report", "complaint", "lawsuit", "memo", "letter", "statement", "filing", "ruling",
          "affidavit", "petition", "document", "documents", "ad", "release", "bill", "resolution", "order");
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of("college", "school", "church", "inc", "corp", "llc", "coalition", "alliance", "society", "caucus",
          "board", "agency", "network", "organization", "center", "fund", "google", "facebook", "apple",
          "microsoft", "twitter", "amazon", "yahoo");
  private static final Set<String> GROUP_NOUNS =
      Set.of("democrats", "republicans", "protesters", "protestors", "lawmakers", "officials", "critics", "activists",
          "supporters", "opponents", "residents", "voters", "leaders", "members", "conservatives", "liberals",
          "progressives", "advocates", "plaintiffs", "investigators", "prosecutors", "aides", "senators",
          "catholics", "evangelicals", "experts", "analysts", "economists", "scientists", "sources", "police",
          "proponents", "companies", "organizers", "workers", "students", "parents", "families", "groups");

  private final String body;

  SpeakerProfiler(String body) {
    this.body = body;
  }

  /** Returns the profile of the speaker shown as {@code name} with key {@code key}. */
  Speaker profile(String name, String key) {
    SpeakerKind kind = kind(name);
    String role = null;
    String party = null;
    String body0 = null;
    if (kind == SpeakerKind.PERSON) {
      Matcher forWhom = SPEAKS_FOR.matcher(name);
      if (forWhom.matches()) { // "a spokesman for Hunter": speaks for Hunter
        return new Speaker(name, key, kind, forWhom.group(1).toLowerCase(Locale.ROOT), forWhom.group(2));
      }
      String own = ownDescription(name);
      if (own != null) {
        String asParty = PARTIES.get(own.toLowerCase(Locale.ROOT));
        return new Speaker(name, key, kind, roleIn(name), asParty != null ? asParty : own);
      }
      for (int at : places(name)) {
        int end = endOfName(at, name);
        Matcher code = PARTY_CODE.matcher(body.substring(end, Math.min(body.length(), end + 12)));
        if (party == null && code.find()) {
          party = PARTIES.get(code.group(1).toLowerCase(Locale.ROOT));
        }
        Described before = before(at);
        Described after = after(end);
        party = party != null ? party : before.party() != null ? before.party() : after.party();
        role = role != null ? role : before.role() != null ? before.role() : after.role();
        body0 = body0 != null ? body0 : before.affiliation() != null ? before.affiliation() : after.affiliation();
        if (party != null && role != null) {
          break;
        }
      }
    }
    return new Speaker(name, key, kind, role, party != null ? party : body0);
  }

  /** Returns the body in a descriptive name such as "AARP spokeswoman", or null. */
  private static String ownDescription(String name) {
    String[] w = DETERMINER.matcher(name).replaceFirst("").split("\\s+");
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (w.length >= 2 && (SPOKESPEOPLE.contains(last) || VOICE_NOUNS.contains(last))) {
      return String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
    }
    return null;
  }

  private static String roleIn(String name) {
    String[] w = name.split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /** Returns the kind of voice a name denotes. */
  static SpeakerKind kind(String name) {
    List<Token> tokens = Tokenizer.tokenize(name);
    if (tokens.isEmpty()) {
      return SpeakerKind.PERSON;
    }
    String last = tokens.get(tokens.size() - 1).norm();
    if (SPEAKS_FOR.matcher(name).matches() || SPOKESPEOPLE.contains(last) || VOICE_NOUNS.contains(last)) {
      return SpeakerKind.PERSON; // "a White House spokeswoman" is a person speaking for an office
    }
    boolean givenName = tokens.size() >= 2 && Lexicon.FIRST_NAMES.containsKey(tokens.get(0).norm())
        && Character.isUpperCase(tokens.get(0).text().codePointAt(0));
    for (Token t : tokens) {
      if (givenName && SURNAME_PUBLICATIONS.contains(t.norm())) {
        continue; // "Michael Bloomberg" is a person; "Bloomberg" or "Bloomberg News" a publication
      }
      if (PUBLICATION_WORDS.contains(t.norm()) && !t.norm().equals("post") || last.equals("post")) {
        return SpeakerKind.PUBLICATION;
      }
    }
    if (DOCUMENT_WORDS.contains(last)) {
      return SpeakerKind.DOCUMENT;
    }
    if (GROUP_NOUNS.contains(last) || (tokens.size() == 1 && PARTIES.containsKey(last) && last.endsWith("s"))) {
      return SpeakerKind.GROUP;
    }
    boolean acronym = tokens.size() == 1 && name.replace(".", "").length() >= 3
        && name.replace(".", "").chars().allMatch(Character::isUpperCase);
    if (Mentions.isGroup(name) || acronym || ORGANIZATION_WORDS.contains(last)) {
      return SpeakerKind.ORGANIZATION;
    }
    return SpeakerKind.PERSON;
  }

  private record Described(String role, String party, String affiliation) {}

  /** Reads the words before a name, back to the start of its clause. */
  private Described before(int at) {
    int from = Math.max(0, at - 90);
    String text = body.substring(from, at);
    String trimmed = text.stripTrailing();
    if (trimmed.endsWith(",")) {
      text = trimmed.substring(0, trimmed.length() - 1); // "Obama's campaign press secretary, Ben LaBolt"
    }
    int cut = Math.max(Math.max(lastSentenceEnd(text), text.lastIndexOf('\n')), Math.max(text.lastIndexOf(','),
        Math.max(text.lastIndexOf('\u201D'), text.lastIndexOf('"'))));
    text = text.substring(cut + 1);
    List<Token> tokens = Tokenizer.tokenize(text);
    String role = null;
    String party = null;
    int roleAt = -1;
    for (int k = tokens.size() - 1; k >= 0 && k >= tokens.size() - 7; k--) {
      String w = tokens.get(k).norm();
      if (role == null && isRole(w)) {
        role = TITLES.getOrDefault(w, w);
        roleAt = k;
      }
      if (party == null && PARTIES.containsKey(w) && w.length() > 1) {
        party = PARTIES.get(w);
      }
    }
    while (roleAt > 0 && ROLE_PREFIXES.contains(tokens.get(roleAt - 1).norm())) {
      roleAt--;
      role = tokens.get(roleAt).norm() + " " + role; // "Foreign Minister", "Vice President"
    }
    String affiliation = roleAt > 0 ? bodyBefore(text, tokens, roleAt) : null;
    return new Described(role, party, affiliation);
  }

  /** Returns the offset of the last ". " that ends a sentence, not an abbreviation ("Rep.", "St."), or -1. */
  private static int lastSentenceEnd(String text) {
    for (int k = text.lastIndexOf(". "); k >= 0; k = text.lastIndexOf(". ", k - 1)) {
      int w = k;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      if (!ABBREVIATIONS.contains(text.substring(w, k).toLowerCase(Locale.ROOT))) {
        return k;
      }
      if (k == 0) {
        break;
      }
    }
    return -1;
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of("rep", "sen", "gov", "mr", "mrs", "ms", "dr", "st", "lt", "gen", "col", "jr", "sr", "rev", "prof", "u", "s");

  /** Returns the capitalized run (with organization nouns) right before token {@code k}, or null. */
  private static String bodyBefore(String text, List<Token> tokens, int k) {
    int j = k - 1;
    while (j >= 0 && ROLE_MODIFIERS.contains(tokens.get(j).norm()) && !tokens.get(j).isCapitalized()) {
      j--;
    }
    int end = j;
    while (j >= 0 && (tokens.get(j).isCapitalized() || ORG_NOUNS.contains(tokens.get(j).norm())
            || (j < end && ROLE_MODIFIERS.contains(tokens.get(j).norm())))
        && !TITLES.containsKey(tokens.get(j).norm()) && !PARTIES.containsKey(tokens.get(j).norm())
        && !Lexicon.HONORIFICS.containsKey(tokens.get(j).norm())) {
      j--;
    }
    while (j + 1 <= end && ROLE_MODIFIERS.contains(tokens.get(j + 1).norm())) {
      j++;
    }
    if (end < 0 || j == end) {
      return null;
    }
    return affiliationOrNull(text.substring(tokens.get(j + 1).start(), tokens.get(end).end()));
  }

  /** Reads an appositive after a name (", a spokeswoman for the Obama campaign,"). */
  private Described after(int end) {
    Matcher m = APPOSITIVE.matcher(body.substring(end, Math.min(body.length(), end + 100)));
    if (!m.find()) {
      return new Described(null, null, null);
    }
    String text = m.group(1).split("\\.\\s+\\p{Lu}", 2)[0];
    List<Token> tokens = Tokenizer.tokenize(text);
    if (!tokens.isEmpty() && Lexicon.CUES.contains(tokens.get(0).norm())) {
      return new Described(null, null, null);
    }
    String role = null;
    String party = null;
    String affiliation = null;
    for (int k = 0; k < tokens.size() && k < 10; k++) {
      String w = tokens.get(k).norm();
      if (party == null && PARTIES.containsKey(w) && w.length() > 1) {
        party = PARTIES.get(w);
      }
      if (role == null && isRole(w)) {
        role = TITLES.getOrDefault(w, w);
        affiliation = bodyBefore(text, tokens, k);
      }
      if (role != null && affiliation == null && (w.equals("of") || w.equals("for") || w.equals("at") || w.equals("with"))) {
        int x = k + 1;
        if (x < tokens.size() && tokens.get(x).norm().equals("the")) {
          x++;
        }
        List<String> words = new ArrayList<>();
        while (x < tokens.size() && (tokens.get(x).isCapitalized() || (!words.isEmpty() && ORG_NOUNS.contains(tokens.get(x).norm())))) {
          words.add(tokens.get(x).text());
          x++;
        }
        affiliation = affiliationOrNull(String.join(" ", words));
      }
    }
    return new Described(role, party, affiliation);
  }

  private static boolean isRole(String w) {
    return Lexicon.ROLES.contains(w) || SPOKESPEOPLE.contains(w) || TITLES.containsKey(w) || EXTRA_ROLES.contains(w);
  }

  private static String affiliationOrNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** Returns up to three body offsets where the name, or failing that its last word, is written. */
  private List<Integer> places(String name) {
    List<Integer> out = find(name);
    if (out.isEmpty()) {
      String[] w = name.split("\\s+");
      if (w.length > 1) {
        out = find(w[w.length - 1]);
      }
    }
    return out;
  }

  private List<Integer> find(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(s) + "(?![\\p{L}])").matcher(body);
    while (m.find() && out.size() < 3) {
      out.add(m.start());
    }
    return out;
  }

  private int endOfName(int at, String name) {
    int end = at;
    String[] w = name.split("\\s+");
    String first = body.substring(at, Math.min(body.length(), at + name.length()));
    end = first.equals(name) ? at + name.length() : at + w[w.length - 1].length();
    if (body.startsWith(" Jr.", end) || body.startsWith(", Jr.", end)) {
      end = body.indexOf("Jr.", end) + 3;
    }
    return Math.min(end, body.length());
  }
}
