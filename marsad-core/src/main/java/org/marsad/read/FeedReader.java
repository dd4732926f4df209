package org.marsad.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.jsoup.nodes.Entities;
import org.marsad.model.Document;

/**
 * Reads an RSS or Atom feed file (with ROME): each entry with text becomes an article — its title,
 * link, date and content (or, failing that, its summary), read as HTML. Document type
 * declarations are refused, so a feed cannot pull in outside entities.
 */
final class FeedReader {

  private final ReadOptions options;

  FeedReader(ReadOptions options) {
    this.options = options;
  }

  void read(InputStream in, String shown, ArticleSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(in));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.problem(new Problem(shown, 0, "not a readable RSS or Atom feed: " + e.getMessage()));
      return;
    }
    String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? shown : feed.getTitle().strip();
    if (feed.getEntries().isEmpty()) {
      sink.problem(new Problem(shown, 0, "feed without entries"));
      return;
    }
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      StringBuilder html = new StringBuilder();
      for (SyndContent content : entry.getContents()) {
        html.append(content.getValue() == null ? "" : content.getValue());
      }
      if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
        html.append(entry.getDescription().getValue());
      }
      if (html.toString().isBlank()) {
        sink.problem(new Problem(shown, 0, "entry " + n + ": no text"));
        continue;
      }
      String title = entry.getTitle() == null ? "" : entry.getTitle().strip();
      String page = "<html><head><title>" + Entities.escape(title) + "</title><meta property=\"og:site_name\" content=\""
          + Entities.escape(outlet) + "\"></head><body><article>"
          + (title.isEmpty() ? "" : "<h1>" + Entities.escape(title) + "</h1>") + html + "</article></body></html>";
      Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      LocalDate date = when == null ? null : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      String link = entry.getLink() == null || entry.getLink().isBlank() ? null : entry.getLink().strip();
      String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link != null ? link : shown + "#" + n;
      try {
        Document document = HtmlReader.read(page.getBytes(StandardCharsets.UTF_8), id, shown, options, link, date);
        sink.article(document);
      } catch (InputException e) {
        sink.problem(new Problem(shown, 0, "entry " + n + ": " + e.getMessage()));
      }
    }
  }
}
