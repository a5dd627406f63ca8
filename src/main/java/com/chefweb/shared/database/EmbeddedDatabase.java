package com.chefweb.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the service runs for itself, on one data folder and one port for as long as the service runs,
 * so that it can be started again in place when its server process dies: the connection pool keeps its address, and
 * the data it had confirmed is still there (a kept folder is durable; see {@link #start}).
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path directory;
    private final boolean throwAway;
    private volatile EmbeddedPostgres server;

    private EmbeddedDatabase(Path directory, boolean throwAway, EmbeddedPostgres server) {
        this.directory = directory;
        this.throwAway = throwAway;
        this.server = server;
    }

    /**
     * A kept folder runs with fsync and synchronous commit on: a customer told a booking is saved must find it after a
     * crash or a power cut. A throw-away one (tests) keeps the embedded server's fast settings, in a temporary folder
     * of its own (not the embedded library's, which it deletes on close), so a restart finds the same schema.
     */
    static EmbeddedDatabase start(EmbeddedPostgresProperties properties) throws IOException {
        boolean throwAway = properties.throwAway();
        Path directory = throwAway ? Files.createTempDirectory("chefweb-postgres-")
                : Path.of(properties.dataDirectory()).toAbsolutePath();
        Files.createDirectories(directory.getParent());
        EmbeddedPostgres server = builder(directory, throwAway, properties.port()).start();
        log.info("Embedded PostgreSQL listening on port {} with data in {}", server.getPort(),
                throwAway ? "a temporary folder" : directory);
        return new EmbeddedDatabase(directory, throwAway, server);
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean throwAway, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // a server starting after a crash replays its log first, which takes longer than a clean start
                .setPGStartupWait(Duration.ofSeconds(60))
                // Spring stops it (destroyMethod) after the connection pool and event listeners are done with it;
                // its own JVM hook would stop it first, in the middle of a graceful shutdown.
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200");
        if (!throwAway) {
            // the embedded server starts with fsync and synchronous commit off, fine for a throw-away database only
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Whether the server process is still there (its lock file names a living process). A server that is there but
     * does not answer is starting, recovering or overloaded; one that is gone has to be started again.
     */
    boolean serverAlive() {
        Path lock = directory.resolve("postmaster.pid");
        try (Stream<String> lines = Files.lines(lock)) {
            return lines.findFirst().map(String::strip).filter(line -> line.matches("\\d+")).map(Long::parseLong)
                    .flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | UncheckedIOException noLock) {
            return false;
        }
    }

    /**
     * Starts the server again on the same folder and port. The dead one is closed first, which releases the folder;
     * PostgreSQL itself refuses to start while anything of the old server still holds its memory, and the caller
     * tries again later.
     */
    synchronized void restart() throws IOException {
        EmbeddedPostgres dead = server;
        try {
            dead.close();
        } catch (IOException | RuntimeException alreadyGone) {
            log.debug("Closing the stopped embedded PostgreSQL: {}", alreadyGone.toString());
        }
        server = builder(directory, throwAway, dead.getPort()).start();
        log.info("Embedded PostgreSQL started again on port {}", server.getPort());
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        if (throwAway) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
