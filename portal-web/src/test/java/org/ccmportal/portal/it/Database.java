package org.ccmportal.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the portal's database directly, as the application's role, to check what was stored (and,
 * for a fault a test puts in place on purpose, changes it).
 */
public final class Database {
  private Database() {}

  public static long count(String sql, Object... params) throws SQLException {
    String value = string(sql, params);
    return value == null ? 0 : Long.parseLong(value);
  }

  /** The first column of the first row, or null when there is no row. */
  public static String string(String sql, Object... params) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The first column of every row. */
  public static java.util.List<String> strings(String sql, Object... params) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      java.util.List<String> values = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }

  /** Runs one statement that changes rows; returns how many. */
  public static int update(String sql, Object... params) throws SQLException {
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
