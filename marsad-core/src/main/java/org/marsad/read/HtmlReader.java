package org.marsad.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Document;
import org.marsad.model.Heading;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Paragraph;
import org.marsad.model.Span;
import org.marsad.model.Table;

/**
 * Reads an HTML page with jsoup: title, publication date and address from the usual meta tags, and
 * the main article text without navigation, scripts, styles, comments or footers. The article's
 * text is the extracted text, blocks separated by blank lines, table rows as {@code cell | cell}
 * lines; the headings, paragraphs, tables and lists of the markup become the document's blocks.
 */
final class HtmlReader {

  private static final String DROPPED = "script, style, noscript, template, nav, footer, aside, form, iframe, "
      + "svg, canvas, button, select, input, [hidden], [aria-hidden=true], [role=navigation], "
      + "[role=contentinfo], [role=complementary]";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(^|[-_\\s])(nav|navbar|menu|footer|sidebar|breadcrumbs?|share|sharing|social|related|comments?|"
          + "advert|ads|cookie|newsletter|subscribe|promo|banner|popup|widget)([-_\\s]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[name=article:published_time]",
    "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
    "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
    "meta[name=dc.date]", "meta[name=DC.date]", "meta[property=og:published_time]",
    "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "time[datetime]"
  };
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

  private HtmlReader() {}

  static Document read(byte[] bytes, String id, String where, ReadOptions options) throws InputException {
    return read(bytes, id, where, options, null, null);
  }

  /**
   * Reads a page whose address and date may also be known from outside it (a WARC record's
   * target URI, a feed entry's link and date): the page's own canonical URL and date win.
   */
  static Document read(byte[] bytes, String id, String where, ReadOptions options, String knownUrl, java.time.LocalDate knownDate)
      throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    org.jsoup.nodes.Document html;
    try {
      html = Jsoup.parse(new ByteArrayInputStream(bytes), charsetOf(bytes), "");
    } catch (IOException e) {
      throw new InputException("cannot parse HTML: " + e.getMessage());
    }
    String title = firstNonBlank(meta(html, "meta[property=og:title]"), html.title(),
        html.selectFirst("h1") == null ? null : html.selectFirst("h1").text());
    String rawDate = null;
    for (String query : DATE_META) {
      Element e = html.selectFirst(query);
      if (e != null) {
        rawDate = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        if (!rawDate.isBlank()) {
          break;
        }
      }
    }
    if (rawDate == null || rawDate.isBlank()) {
      for (Element ld : html.select("script[type=application/ld+json]")) {
        Matcher m = LD_DATE.matcher(ld.data());
        if (m.find()) {
          rawDate = m.group(1);
          break;
        }
      }
    }
    String url = firstNonBlank(attr(html, "link[rel=canonical]", "href"), meta(html, "meta[property=og:url]"), knownUrl);
    String site = firstNonBlank(meta(html, "meta[property=og:site_name]"), where);
    String lang = html.selectFirst("html") == null ? "" : html.selectFirst("html").attr("lang");

    html.select(DROPPED).remove();
    for (Element e : html.getAllElements()) {
      if (e.parent() != null && e != html.body() && isBoilerplate(e)) {
        e.remove();
      }
    }
    Element root = mainContent(html);
    Builder builder = new Builder();
    builder.walk(root);
    String text = builder.text.toString();
    if (text.isBlank()) {
      throw new InputException("no article text found in the HTML page");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > options.maxArticleBytes()) {
      throw new InputException(ArticleReader.tooLarge(text.getBytes(StandardCharsets.UTF_8).length, options));
    }
    String language = lang.isBlank() ? Languages.guess(text) : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
    java.time.LocalDate date = Dates.parse(rawDate);
    Article article = new Article(id, site, url, date != null ? date : knownDate, language, title, text);
    Document document = Document.of(article).withBlocks(builder.blocks);
    if (rawDate != null && !rawDate.isBlank() && date == null) {
      document = document.withWarning("unreadable publication date '" + rawDate + "'");
    }
    return document;
  }

  /** The declared charset, or UTF-8 when bytes are valid UTF-8, or windows-1256 for Arabic legacy pages. */
  private static String charsetOf(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.contains("charset")) {
      return null; // jsoup reads the declaration
    }
    try {
      return TextDecoder.decode(bytes).charset().name();
    } catch (InputException e) {
      return "UTF-8";
    }
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (tag.equals("header") && e.closest("article") == null) {
      return true;
    }
    String marks = e.id() + " " + e.className();
    return !marks.isBlank() && BOILERPLATE.matcher(marks).find() && !tag.equals("article")
        && !tag.equals("main") && !tag.equals("body") && !tag.equals("html");
  }

  /** The element holding the article: article, articleBody, main, or the densest block of paragraphs. */
  private static Element mainContent(org.jsoup.nodes.Document html) {
    Element best = null;
    for (Element article : html.select("article, [itemprop=articleBody]")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best == null) {
      best = html.selectFirst("main, [role=main]");
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Element densest = null;
    int densestScore = 0;
    for (Element candidate : html.select("div, section, td")) {
      int score = 0;
      for (Element child : candidate.children()) {
        if (child.normalName().equals("p")) {
          score += child.text().length();
        }
      }
      if (score > densestScore) {
        densestScore = score;
        densest = candidate;
      }
    }
    if (densest != null && densestScore >= 200) {
      return densest;
    }
    return html.body() == null ? html : html.body();
  }

  private static String meta(org.jsoup.nodes.Document html, String query) {
    return attr(html, query, "content");
  }

  private static String attr(org.jsoup.nodes.Document html, String query, String attribute) {
    Element e = html.selectFirst(query);
    return e == null ? null : e.attr(attribute);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Walks the content, appending each block's text and recording its spans. */
  private static final class Builder {

    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of(
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "ul", "ol", "dl", "blockquote", "pre", "figure", "figcaption", "li", "tr", "hr", "br", "body");

    final StringBuilder text = new StringBuilder();
    final List<Block> blocks = new ArrayList<>();

    /** Deeper than this, an element's text is taken as one paragraph (no recursion without bound). */
    static final int MAX_DEPTH = 200;

    void walk(Element element) {
      walk(element, 0);
    }

    private void walk(Element element, int depth) {
      if (depth > MAX_DEPTH) {
        paragraph(element.text());
        return;
      }
      StringBuilder inline = new StringBuilder();
      for (Node node : element.childNodes()) {
        if (node instanceof TextNode t) {
          inline.append(t.text());
        } else if (node instanceof Element child) {
          String tag = child.normalName();
          if (!BLOCK_TAGS.contains(tag)) {
            inline.append(child.text()).append(' ');
            continue;
          }
          flushInline(inline);
          switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(child, tag.charAt(1) - '0');
            case "p", "blockquote", "pre", "figcaption" -> paragraph(child.text());
            case "table" -> table(child);
            case "ul", "ol" -> list(child, tag.equals("ol"));
            case "br", "hr" -> { }
            default -> walk(child, depth + 1);
          }
        }
      }
      flushInline(inline);
    }

    private void flushInline(StringBuilder inline) {
      String s = inline.toString().strip();
      inline.setLength(0);
      if (!s.isEmpty()) {
        paragraph(s);
      }
    }

    private Span append(String s) {
      String clean = s.replaceAll("\\s+", " ").strip();
      if (clean.isEmpty()) {
        return null;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(clean);
      return new Span(start, text.length());
    }

    private void heading(Element e, int level) {
      Span span = append(e.text());
      if (span != null) {
        blocks.add(new Heading(span, span, level));
      }
    }

    private void paragraph(String s) {
      Span span = append(s);
      if (span != null) {
        blocks.add(new Paragraph(span));
      }
    }

    private void list(Element e, boolean ordered) {
      List<ListItem> items = new ArrayList<>();
      int start = -1;
      for (Element li : e.children()) {
        if (!li.normalName().equals("li")) {
          continue;
        }
        String s = li.text().replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
          continue;
        }
        if (text.length() > 0) {
          text.append(items.isEmpty() ? "\n\n" : "\n");
        }
        int itemStart = text.length();
        if (start < 0) {
          start = itemStart;
        }
        text.append(s);
        items.add(new ListItem(new Span(itemStart, text.length())));
      }
      if (!items.isEmpty()) {
        blocks.add(new ListBlock(new Span(start, text.length()), ordered, items));
      }
    }

    private void table(Element e) {
      List<List<String>> texts = new ArrayList<>();
      boolean headerFromTh = false;
      for (Element tr : e.select("tr")) {
        if (tr.closest("table") != e || tr.children().isEmpty()) {
          continue; // a nested table's rows belong to it
        }
        List<String> cells = new ArrayList<>();
        for (Element td : tr.children()) {
          cells.add(td.text().replaceAll("\\s+", " ").replace('|', '\u00A6').strip());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (texts.isEmpty()) {
          headerFromTh = tr.parent() != null && tr.parent().normalName().equals("thead")
              || tr.children().stream().allMatch(td -> td.normalName().equals("th"));
        }
        texts.add(cells);
      }
      if (texts.isEmpty()) {
        return;
      }
      List<List<Cell>> grid = new ArrayList<>();
      int start = -1;
      for (List<String> row : texts) {
        if (text.length() > 0) {
          text.append(grid.isEmpty() ? "\n\n" : "\n");
        }
        if (start < 0) {
          start = text.length();
        }
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < row.size(); k++) {
          if (k > 0) {
            text.append(" | ");
          }
          int cs = text.length();
          text.append(row.get(k));
          cells.add(new Cell(new Span(cs, text.length())));
        }
        grid.add(cells);
      }
      Span span = new Span(start, text.length());
      boolean header = headerFromTh && grid.size() > 1;
      blocks.add(new Table(span, header ? grid.get(0) : List.of(), header ? grid.subList(1, grid.size()) : grid));
    }
  }
}
