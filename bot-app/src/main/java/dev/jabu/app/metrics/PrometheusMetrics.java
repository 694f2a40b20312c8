package dev.jabu.app.metrics;

import com.zaxxer.hikari.HikariDataSource;
import dev.jabu.app.platforms.PlatformAdapters;
import dev.jabu.core.Jabu;
import dev.jabu.core.outbox.OutboxMeters;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * What {@code GET /metrics} serves, in Prometheus' text format: the core's own figures (commands,
 * the outbox, the scheduler), the platforms' connections, the database pool and the JVM.
 */
public final class PrometheusMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** Starts counting the core's figures and the process's. */
  public PrometheusMetrics(Jabu jabu, Database database) {
    jabu.meters().add(registry);
    new OutboxMeters(database, jabu.clock()).bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    if (database.dataSource() instanceof HikariDataSource pool) {
      bindPool(pool, database.dialect().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Each platform's connection (1 up, 0 down), its gateway latency where it has one, and what the
   * adapter counts itself (requests Slack's endpoint refused).
   */
  public void platforms(List<PlatformAdapter> adapters) {
    PlatformAdapters.measure(adapters, registry);
    for (PlatformAdapter adapter : adapters) {
      String platform = adapter.platform().id();
      Gauge.builder("jabu.platform.connected", adapter, a -> a.connected() ? 1 : 0)
          .description("Whether the platform connection is up")
          .tag("platform", platform)
          .register(registry);
      Gauge.builder(
              "jabu.platform.gateway.latency",
              adapter,
              a -> a.gatewayLatency().map(d -> d.toNanos() / 1e9).orElse(Double.NaN))
          .description("The platform's own heartbeat round trip, where it reports one")
          .baseUnit("seconds")
          .tag("platform", platform)
          .register(registry);
    }
  }

  /** The text a Prometheus server scrapes. */
  public String scrape() {
    return registry.scrape();
  }

  private void bindPool(HikariDataSource pool, String database) {
    Gauge.builder(
            "jabu.db.connections.active", pool, p -> p.getHikariPoolMXBean().getActiveConnections())
        .description("Database connections in use")
        .tag("database", database)
        .register(registry);
    Gauge.builder(
            "jabu.db.connections.idle", pool, p -> p.getHikariPoolMXBean().getIdleConnections())
        .description("Database connections open and idle")
        .tag("database", database)
        .register(registry);
    Gauge.builder(
            "jabu.db.connections.pending",
            pool,
            p -> p.getHikariPoolMXBean().getThreadsAwaitingConnection())
        .description("Threads waiting for a database connection")
        .tag("database", database)
        .register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
