package dev.jabu.core.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the database is, resolved from {@code JABU_DATABASE_URL}. Accepts nothing (the embedded
 * SQLite file), a JDBC URL, or a {@code postgres://user:pass@host/db} URL as hosting providers hand
 * them out. {@link #toString()} never shows the password, so this is safe to log.
 */
public final class DatabaseUrl {
  private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
  // to the last @ of the address: a password may hold an unencoded @, / or ? by mistake
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?\\s]*:)\\S*@");

  private final Dialect dialect;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final String schema;
  private final Path sqliteFile;

  private DatabaseUrl(
      Dialect dialect,
      String jdbcUrl,
      String user,
      String password,
      String schema,
      Path sqliteFile) {
    this.dialect = dialect;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.schema = schema;
    this.sqliteFile = sqliteFile;
  }

  /**
   * Resolves the configured value.
   *
   * @param envValue the value of {@code JABU_DATABASE_URL}; null or blank means the embedded file
   * @param embeddedFile the SQLite file used when no URL is set (the app uses {@code data/jabu.db})
   * @throws IllegalArgumentException when the value is not a URL jabu can use
   */
  public static DatabaseUrl resolve(String envValue, Path embeddedFile) {
    if (envValue == null || envValue.isBlank()) {
      return embedded(embeddedFile);
    }
    String value = envValue.trim();
    if (value.startsWith("jdbc:sqlite:")) {
      return new DatabaseUrl(Dialect.SQLITE, value, null, null, null, sqliteFileOf(value));
    }
    if (value.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(
          Dialect.POSTGRESQL, value, null, null, queryParam(value, "currentSchema"), null);
    }
    if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
      return fromPostgresUri(value);
    }
    throw new IllegalArgumentException(
        "JABU_DATABASE_URL is not a supported database URL: "
            + maskSecrets(value)
            + " (use jdbc:postgresql://host/db, postgres://user:password@host/db, jdbc:sqlite:file,"
            + " or leave it unset for the embedded SQLite file)");
  }

  /** The embedded SQLite database in {@code file}. */
  public static DatabaseUrl embedded(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + absolute, null, null, null, absolute);
  }

  private static DatabaseUrl fromPostgresUri(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "JABU_DATABASE_URL is not a valid URL: "
              + maskSecrets(value)
              + " (percent-encode special characters in the user name and password)");
    }
    String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
    if (uri.getHost() == null || database.isEmpty()) {
      throw new IllegalArgumentException(
          "JABU_DATABASE_URL needs a host and a database name, like"
              + " postgres://user:password@host:5432/jabu; got "
              + maskSecrets(value));
    }
    String jdbc =
        "jdbc:postgresql://"
            + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
            + "/"
            + database
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    return new DatabaseUrl(
        Dialect.POSTGRESQL, jdbc, user, password, queryParam(jdbc, "currentSchema"), null);
  }

  /** Percent-decoding for URL parts; unlike form decoding, a {@code +} stays a plus. */
  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Path sqliteFileOf(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    String file = query < 0 ? rest : rest.substring(0, query);
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
      return null;
    }
    return Path.of(file).toAbsolutePath().normalize();
  }

  private static String queryParam(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  /** Hides passwords in URL text, both {@code password=...} and {@code //user:pass@}. */
  static String maskSecrets(String text) {
    String masked = PASSWORD_PARAM.matcher(text).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
  }

  /**
   * The same database with every connection using {@code schema} (PostgreSQL only), so tests can
   * isolate themselves; migrations then run in that schema too.
   */
  public DatabaseUrl withSchema(String schema) {
    if (dialect != Dialect.POSTGRESQL) {
      throw new IllegalStateException("schemas are only supported on PostgreSQL");
    }
    if (!SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("not a plain schema name: " + schema);
    }
    return new DatabaseUrl(dialect, jdbcUrl, user, password, schema, sqliteFile);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The JDBC URL as given or converted; it may hold a password, so log {@link #toString()}. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /** The schema every connection uses, when one was chosen (PostgreSQL {@code currentSchema}). */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  /** The SQLite file, when this is a file database (its parent directories are created on open). */
  public Optional<Path> sqliteFile() {
    return Optional.ofNullable(sqliteFile);
  }

  /** The user and password given outside the JDBC URL, as driver properties. */
  Properties credentials() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  /**
   * One direct connection without a pool, for reachability checks and tools. Runs no migrations.
   */
  public Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, credentials());
    try {
      if (schema != null) {
        connection.setSchema(schema);
      }
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(maskSecrets(jdbcUrl));
    if (user != null) {
      text.append(" (user ").append(user).append(password == null ? ")" : ", password ***)");
    }
    if (schema != null) {
      text.append(" schema ").append(schema);
    }
    return text.toString();
  }
}
