package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;

/**
 * Codes stored articles again with this version of the coder, one transaction per article: an
 * interrupted recode leaves every article either as it was or fully recoded, and running it again
 * finishes the rest. The stored text is what is coded (an HTML page's extracted text, so its
 * structure is recovered from the text).
 */
public final class Recode {

  private final Store store;
  private final Marsad marsad;

  public Recode(Store store, Marsad marsad) {
    this.store = store;
    this.marsad = marsad;
  }

  /**
   * Recodes the articles coded by another version (or every article when {@code all}); returns how
   * many were recoded. {@code failed} hears of each article that could not be coded (it is left as it was).
   */
  public int run(boolean all, Consumer<String> failed) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(all ? "SELECT id FROM article ORDER BY id"
            : "SELECT id FROM article WHERE coder_version <> ? ORDER BY id")) {
      if (!all) {
        ps.setString(1, Marsad.VERSION);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read articles: " + e.getMessage(), e);
    }
    int recoded = 0;
    try (StoreWriter writer = new StoreWriter(store);
        Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT ext_id, source, url, published, language, title, body FROM article WHERE id = ?")) {
      for (long id : ids) {
        ps.setLong(1, id);
        Article article;
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          String published = rs.getString(4);
          article = new Article(rs.getString(1), rs.getString(2), rs.getString(3),
              published == null ? null : LocalDate.parse(published), rs.getString(5), rs.getString(6), rs.getString(7));
        }
        Document coded;
        try {
          coded = marsad.code(article);
        } catch (RuntimeException e) {
          failed.accept("article " + article.id() + ": internal error while coding: " + e);
          continue;
        }
        writer.replace(id, coded);
        recoded++;
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot recode: " + e.getMessage(), e);
    }
    return recoded;
  }
}
