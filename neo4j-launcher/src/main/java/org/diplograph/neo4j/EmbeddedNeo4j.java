package org.diplograph.neo4j;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.NullLogProvider;

/**
 * Runs Neo4j Community in-process for a Node parent that talks to it over Bolt.
 *
 * <p>Protocol with the parent: stdout carries exactly one JSON line, the ready event, so the
 * parent can parse it without filtering noise; every diagnostic goes to stderr. stdin is a pipe
 * the parent holds open for as long as it wants the database: its EOF means the parent is gone
 * (even if it was SIGKILLed and could not clean up), so the JVM shuts the store down cleanly
 * instead of lingering as an orphan.
 *
 * <p>Exit codes: 0 after a clean stop requested through stdin EOF, 2 when startup fails (bad
 * arguments, port in use, store locked, ...), the JVM's usual 128+signal after SIGTERM/SIGINT.
 */
public final class EmbeddedNeo4j {
    private static final int EXIT_STARTUP_FAILURE = 2;
    private static final String DEFAULT_PAGECACHE = "128m";
    private static final String HOST = "127.0.0.1";
    private static final long AVAILABILITY_TIMEOUT_MS = 120_000;

    /** Set once built; read by the shutdown hook, which may run on any thread. */
    private static volatile DatabaseManagementService service;

    private static boolean stopped;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Capture the real stdout for the single ready line, then route System.out to stderr so
        // nothing else (a library's stray println, a console log appender) can corrupt the protocol.
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("bad arguments: " + e.getMessage()
                    + " (usage: --data-dir DIR --port N [--pagecache SIZE])");
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::stopOnce, "diplograph-neo4j-shutdown"));
        watchStdinForEof();

        String version;
        try {
            Files.createDirectories(options.dataDir);
            service = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                    // Bolt listens on loopback only, so authentication adds nothing but friction.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes)
                    // Keep Neo4j's own files (debug.log, ...) inside the data dir, never the cwd.
                    .setConfig(GraphDatabaseSettings.logs_directory, options.dataDir.resolve("logs"))
                    // A developer database is small: don't reserve hundreds of MB of tx log up front.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty's graceful-shutdown quiet period (5 s per event loop) adds ~10 s to every stop,
                    // and the default 5 min waits for open connections would outlast the parent's 30 s
                    // patience, after which it SIGKILLs; keep a clean stop well inside that budget.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(10))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(10))
                    .build();
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(AVAILABILITY_TIMEOUT_MS)) {
                throw new IllegalStateException("the default database did not become available within "
                        + (AVAILABILITY_TIMEOUT_MS / 1000) + " s");
            }
            // Asking the running kernel (rather than echoing the build property) proves a query works
            // and reports the version that is really on the classpath.
            version = db.executeTransactionally(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                    Map.of(),
                    result -> String.valueOf(result.next().get("version")));
        } catch (Throwable t) {
            fail(describeStartupFailure(t, options));
            return;
        }

        protocolOut.println("{\"event\":\"ready\",\"bolt\":\"bolt://" + HOST + ":" + options.port
                + "\",\"version\":\"" + jsonEscape(version) + "\"}");
        protocolOut.flush();
        System.err.println("EmbeddedNeo4j: Neo4j " + version + " ready on bolt://" + HOST + ":" + options.port);

        // Neo4j's own threads are not guaranteed to keep the JVM alive; park until an exit path fires.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every exit path (stdin EOF, SIGTERM, SIGINT, startup failure) ends in System.exit and thus in
     * this hook, so the store is shut down at most once. Synchronized so a second caller waits for
     * the first to finish rather than letting the JVM halt mid-shutdown.
     */
    private static synchronized void stopOnce() {
        if (stopped) {
            return;
        }
        stopped = true;
        DatabaseManagementService s = service;
        if (s == null) {
            return;
        }
        System.err.println("EmbeddedNeo4j: shutting down");
        try {
            s.shutdown();
            System.err.println("EmbeddedNeo4j: stopped");
        } catch (Throwable t) {
            System.err.println("EmbeddedNeo4j: shutdown failed: " + oneLine(t));
        }
    }

    /** Runs from before startup so a parent that dies while Neo4j is still starting is noticed too. */
    private static void watchStdinForEof() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) != -1) {
                    // Input carries no meaning; only its end does.
                }
            } catch (IOException e) {
                // A broken stdin means the parent is gone just as surely as EOF does.
            }
            System.err.println("EmbeddedNeo4j: stdin closed by the parent process");
            System.exit(0);
        }, "diplograph-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void fail(String reason) {
        System.err.println("EmbeddedNeo4j: startup failed: " + reason);
        System.err.flush();
        System.exit(EXIT_STARTUP_FAILURE);
    }

    /** Turns Neo4j's deeply wrapped lifecycle exceptions into the one cause a person can act on. */
    private static String describeStartupFailure(Throwable t, Options options) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            String message = String.valueOf(c.getMessage());
            if (c instanceof BindException || name.contains("PortBindException")
                    || message.contains("Address already in use")) {
                return "port " + HOST + ":" + options.port + " is already in use";
            }
            if (name.equals("FileLockException")) {
                return "the data dir " + options.dataDir
                        + " is locked, probably by another running Neo4j (" + message + ")";
            }
        }
        return oneLine(t);
    }

    private static String oneLine(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private record Options(Path dataDir, int port, long pagecacheBytes) {
        static Options parse(String[] args) {
            Path dataDir = null;
            Integer port = null;
            String pagecache = DEFAULT_PAGECACHE;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath().normalize();
                    case "--port" -> {
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port must be a number, got '" + value + "'");
                        }
                        if (port < 1 || port > 65535) {
                            throw new IllegalArgumentException("--port must be 1-65535, got " + port);
                        }
                    }
                    case "--pagecache" -> pagecache = value;
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (port == null) {
                throw new IllegalArgumentException("--port is required");
            }
            long pagecacheBytes;
            try {
                pagecacheBytes = ByteUnit.parse(pagecache);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--pagecache must be a size like 256m, got '" + pagecache + "'");
            }
            return new Options(dataDir, port, pagecacheBytes);
        }
    }
}
