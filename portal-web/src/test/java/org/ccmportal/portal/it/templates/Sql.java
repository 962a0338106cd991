package org.ccmportal.portal.it.templates;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ccmportal.portal.it.Stack;

/** Changes the database directly, as a test's arrangement step (e.g. a retention date passed). */
final class Sql {
  private Sql() {}

  static int update(String sql, Object... params) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
