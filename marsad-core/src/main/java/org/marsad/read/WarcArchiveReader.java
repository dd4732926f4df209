package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.marsad.model.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC archive ({@code .warc} or {@code .warc.gz}, with jwarc): every
 * successful HTML response or resource record becomes an article whose URL is the record's target
 * (unless the page names a canonical one) and whose date, failing the page's own, is the capture
 * date. Other records (requests, metadata, images, redirects) are passed over silently; a page
 * that cannot be read is reported with its record number and the archive goes on.
 */
final class WarcArchiveReader {

  private final ReadOptions options;

  WarcArchiveReader(ReadOptions options) {
    this.options = options;
  }

  void read(InputStream in, String shown, ArticleSink sink) {
    long record = 0;
    int pages = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      for (WarcRecord r : reader) {
        record++;
        try {
          pages += page(r, record, shown, sink) ? 1 : 0;
        } catch (IOException | RuntimeException e) {
          sink.problem(new Problem(shown, 0, "record " + record + ": cannot read: " + e.getMessage()));
          pages++;
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new Problem(shown, 0, (record > 0 ? "after record " + record + ": " : "") + "not a readable WARC archive: "
          + e.getMessage()));
      return;
    }
    if (pages == 0) {
      sink.problem(new Problem(shown, 0, record == 0 ? "empty WARC archive: no records" : "no HTML pages in the WARC archive ("
          + record + (record == 1 ? " record)" : " records)")));
    }
  }

  /** Reads one record; whether it was an HTML page (read or reported). */
  private boolean page(WarcRecord r, long record, String shown, ArticleSink sink) throws IOException {
    InputStream body;
    String target;
    if (r instanceof WarcResponse response) {
      if (response.http().status() != 200 || !isHtml(response.http().contentType())) {
        return false;
      }
      body = response.http().bodyDecoded().stream();
      target = response.target();
    } else if (r instanceof WarcResource resource) {
      if (!isHtml(resource.contentType())) {
        return false;
      }
      body = resource.body().stream();
      target = resource.target();
    } else {
      return false;
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxHtmlBytes() + 1));
    String where = shown + "#" + record;
    if (bytes.length > options.maxHtmlBytes()) {
      sink.problem(new Problem(shown, 0, "record " + record + ": HTML page larger than the "
          + ArticleReader.megabytes(options.maxHtmlBytes()) + " limit"));
      return true;
    }
    try {
      Document document = HtmlReader.read(bytes, target == null ? where : target, shown, options, target,
          r.date() == null ? null : r.date().atZone(java.time.ZoneOffset.UTC).toLocalDate());
      sink.article(document);
    } catch (InputException e) {
      sink.problem(new Problem(shown, 0, "record " + record + " (" + target + "): " + e.getMessage()));
    }
    return true;
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
