package org.parallax.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Finds the article in an HTML page, reads its metadata and splits its text into blocks. */
final class HtmlReader {
  static final int MAX_REMOVAL_CHARS = 200;

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "figure", "header",
      "footer", "address", "center", "details", "summary", "hr", "body");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern HINT = Pattern.compile(
      "(?:^|[-_\\s])(share|sharing|social|newsletter|subscribe|subscription|related|comments?|advert"
          + "|ads?|promo|cookie|sidebar|breadcrumbs?|menu|popup|modal|recommend(?:ed|ations)?"
          + "|outbrain|taboola|paywall|signup|donate|tags?)(?:$|[-_\\s])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_LD_DATE = Pattern.compile(
      "\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:|·•/\\-–—()\\[\\]]*");

  private HtmlReader() {}

  /** Returns the article blocks and metadata of an HTML page. */
  static Parsed read(String html) {
    Document doc = Jsoup.parse(html);
    List<Removal> removed = new ArrayList<>();
    String publisher = firstMeta(doc, "meta[property=og:site_name]", "meta[name=publisher]",
        "meta[name=application-name]");
    String title = title(doc, publisher);
    String byline = byline(doc);
    LocalDate published = published(doc);

    doc.select("script, style, template, svg, iframe, canvas, link, meta, object, embed").remove();
    drop(doc, "noscript", "noscript", removed);
    drop(doc, "nav, [role=navigation]", "navigation", removed);
    drop(doc, "aside, [role=complementary]", "aside", removed);
    drop(doc, "form, button, select, [role=search]", "form", removed);
    drop(doc, "figcaption", "image caption", removed);
    for (Element e : doc.select("header, [role=banner]")) {
      if (e.parent() != null && e.closest("article, main, [role=main]") == null) {
        record(e, "page header", removed);
        e.remove();
      }
    }
    for (Element e : doc.select("footer, [role=contentinfo]")) {
      if (e.parent() != null) {
        record(e, e.closest("article") == null ? "page footer" : "article footer", removed);
        e.remove();
      }
    }
    dropByHint(doc, removed);

    Element body = doc.body();
    Element root = chooseRoot(body);
    if (root != body) {
      recordOutside(root, body, removed);
    }
    List<Block> blocks = new ArrayList<>();
    NodeTraversor.traverse(new BlockCollector(blocks), root);
    return new Parsed(blocks, removed, List.of(), title, byline, publisher, published);
  }

  private static String title(Document doc, String publisher) {
    String og = firstMeta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    if (og != null) {
      return og;
    }
    String t = clean(doc.title());
    if (!t.isEmpty()) {
      if (publisher != null) {
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
          String suffix = sep + publisher;
          if (t.endsWith(suffix) && t.length() > suffix.length()) {
            t = t.substring(0, t.length() - suffix.length()).strip();
          }
        }
      }
      return t;
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null || clean(h1.text()).isEmpty() ? null : clean(h1.text());
  }

  private static String byline(Document doc) {
    String meta = firstMeta(doc, "meta[name=author]", "meta[property=article:author]",
        "meta[name=byl]", "meta[name=sailthru.author]");
    if (meta != null && !meta.startsWith("http")) {
      return stripBy(meta);
    }
    for (String css : List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]",
        "[rel=author]", ".byline, .author, .article-author")) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        String name = stripBy(clean(e.text()));
        if (!name.isEmpty() && name.length() <= 100) {
          return name;
        }
      }
    }
    return null;
  }

  private static String stripBy(String s) {
    return s.replaceFirst("(?i)^by\\s+", "").strip();
  }

  private static LocalDate published(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (String css : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
        "meta[name=dc.date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]")) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        candidates.add(e.attr("content"));
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        candidates.add(m.group(1));
      }
    }
    for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
      candidates.add(e.hasAttr("datetime") ? e.attr("datetime")
          : e.hasAttr("content") ? e.attr("content") : e.text());
    }
    for (String c : candidates) {
      Optional<LocalDate> d = DateParser.parseLeading(c);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static String firstMeta(Document doc, String... selectors) {
    for (String css : selectors) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        String v = clean(e.attr("content"));
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static void drop(Document doc, String css, String reason, List<Removal> removed) {
    for (Element e : doc.select(css)) {
      if (e.parent() != null) {
        record(e, reason, removed);
        e.remove();
      }
    }
  }

  private static void dropByHint(Document doc, List<Removal> removed) {
    int total = Math.max(1, doc.body().text().length());
    for (Element e : doc.body().select("[class], [id]")) {
      if (e.parent() == null || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      Matcher m = HINT.matcher(e.className() + " " + e.id());
      if (!m.find()) {
        continue;
      }
      if (e.text().length() * 2 > total || !e.select("article, main").isEmpty()) {
        continue;
      }
      record(e, hintReason(m.group(1).toLowerCase(Locale.ROOT)), removed);
      e.remove();
    }
  }

  private static String hintReason(String hint) {
    if (hint.startsWith("share") || hint.startsWith("social")) {
      return "social call";
    }
    if (hint.startsWith("newsletter") || hint.startsWith("subscri") || hint.startsWith("signup")
        || hint.startsWith("donate") || hint.startsWith("paywall")) {
      return "membership call";
    }
    if (hint.startsWith("ad") || hint.startsWith("promo") || hint.equals("outbrain")
        || hint.equals("taboola")) {
      return "advertisement";
    }
    if (hint.startsWith("comment")) {
      return "comments";
    }
    if (hint.startsWith("related") || hint.startsWith("recommend")) {
      return "related links";
    }
    if (hint.startsWith("tag")) {
      return "region/theme tags";
    }
    if (hint.equals("cookie") || hint.equals("popup") || hint.equals("modal")) {
      return "notice";
    }
    return "navigation";
  }

  private static Element chooseRoot(Element body) {
    Element best = largest(body.select("[itemprop=articleBody]"));
    if (best == null) {
      best = largest(body.select("article"));
    }
    if (best == null) {
      best = largest(body.select("main, [role=main]"));
    }
    if (best == null) {
      best = byParagraphScore(body);
    }
    return best == null ? body : best;
  }

  private static Element largest(Elements candidates) {
    Element best = null;
    int bestLen = 0;
    for (Element e : candidates) {
      int len = paragraphText(e);
      if (len > bestLen) {
        best = e;
        bestLen = len;
      }
    }
    return bestLen >= 80 ? best : null;
  }

  private static int paragraphText(Element e) {
    int len = 0;
    for (Element p : e.select("p")) {
      len += p.text().length();
    }
    return len == 0 ? e.text().length() / 4 : len;
  }

  private static Element byParagraphScore(Element body) {
    java.util.Map<Element, Integer> scores = new java.util.LinkedHashMap<>();
    for (Element p : body.select("p")) {
      int len = p.text().length();
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, len, Integer::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, len / 2, Integer::sum);
      }
    }
    Element best = null;
    int bestScore = 0;
    for (java.util.Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    int total = Math.max(1, body.text().length());
    // A root holding little of the page's text would lose too much: keep the whole body.
    return best != null && bestScore * 3 >= total ? best : null;
  }

  private static void recordOutside(Element root, Element body, List<Removal> removed) {
    List<Removal> outside = new ArrayList<>();
    Element child = root;
    for (Element parent = root.parent(); parent != null; parent = parent.parent()) {
      for (Element sibling : parent.children()) {
        if (sibling != child) {
          String text = clean(sibling.text());
          if (!text.isEmpty()) {
            outside.add(new Removal(truncate(text), "outside article"));
          }
        }
      }
      for (TextNode t : parent.textNodes()) {
        String text = clean(t.text());
        if (!text.isEmpty()) {
          outside.add(new Removal(truncate(text), "outside article"));
        }
      }
      if (parent == body) {
        break;
      }
      child = parent;
    }
    removed.addAll(outside);
  }

  private static void record(Element e, String reason, List<Removal> removed) {
    String text = clean(e.text());
    if (!text.isEmpty()) {
      removed.add(new Removal(truncate(text), reason));
    }
  }

  /** Returns {@code text} cut to about 200 characters, ending with "…" when cut. */
  static String truncate(String text) {
    if (text.length() <= MAX_REMOVAL_CHARS) {
      return text;
    }
    int end = MAX_REMOVAL_CHARS - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static String clean(String s) {
    return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Walks the article element and cuts its text into blocks at block-level elements. */
  private static final class BlockCollector implements NodeVisitor {
    private final List<Block> blocks;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int linkChars;
    private int plainChars;
    private boolean heading;
    private int linkDepth;
    private int preDepth;

    BlockCollector(List<Block> blocks) {
      this.blocks = blocks;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String s = preDepth > 0 ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" ");
        if (preDepth > 0 && s.contains("\n")) {
          String[] parts = s.split("\n", -1);
          for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
              endLine();
            }
            append(parts[i]);
          }
        } else {
          append(s);
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        endLine();
      } else if (tag.equals("hr")) {
        endBlock();
        blocks.add(new Block(List.of(Line.of("---")), Block.Kind.RULE));
      } else if (BLOCK_TAGS.contains(tag)) {
        endBlock();
        heading = HEADINGS.contains(tag);
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("pre")) {
        preDepth++;
      } else if (tag.equals("img") && e.hasAttr("alt") && !e.attr("alt").isBlank()) {
        // Images carry no article text; their alt text is not part of the body.
        return;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("pre")) {
        preDepth--;
      }
      if (BLOCK_TAGS.contains(tag)) {
        endBlock();
      }
    }

    private void append(String s) {
      if (s.isEmpty()) {
        return;
      }
      if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
        s = line.length() == 0 ? s.stripLeading() : s.replaceFirst("^ +", "");
      }
      line.append(s);
      int meaningful = SEPARATORS.matcher(s).replaceAll("").length();
      if (linkDepth > 0) {
        linkChars += meaningful;
      } else {
        plainChars += meaningful;
      }
    }

    private void endLine() {
      String text = clean(line.toString());
      if (!text.isEmpty()) {
        lines.add(new Line(text, linkChars > 0 && plainChars == 0));
      }
      line.setLength(0);
      linkChars = 0;
      plainChars = 0;
    }

    private void endBlock() {
      endLine();
      if (!lines.isEmpty()) {
        blocks.add(new Block(lines, heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH));
        lines.clear();
      }
      heading = false;
    }
  }
}
