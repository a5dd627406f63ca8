package com.chefweb.crm.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.chefweb.crm.messaging.ChatSignals;
import com.chefweb.shared.database.DedicatedConnections;

/**
 * Listens on the chat channel ({@code LISTEN crm_chat}) with a connection of its own, outside the pool, and hands
 * every signal to this instance's open chats. When the database goes away it listens again once it is back; what
 * was signalled meanwhile is in the conversations, which a chat reads when it is opened again.
 */
@Component
class ChatRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatRelay.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration QUIET = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final ChatSocket socket;
    private volatile boolean running;
    private volatile Thread listener;

    ChatRelay(DataSource dataSource, ChatSocket socket) {
        this.dataSource = dataSource;
        this.socket = socket;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = Thread.ofPlatform().daemon().name("chat-relay").unstarted(this::listen);
        listener = thread;
        thread.start();
    }

    /** Stopped (a paused test context, a shutdown): the thread that listened stops at its next wake-up. */
    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listens while this thread is the relay's listener: a thread left from before a restart delivers nothing. */
    private void listen() {
        Thread self = Thread.currentThread();
        boolean listenedBefore = false;
        while (running && listener == self) {
            try (Connection connection = connection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChatSignals.CHANNEL);
                if (listenedBefore) {
                    // whatever was signalled while the connection was down is lost: the open chats reopen
                    socket.signalsMayHaveBeenMissed();
                }
                listenedBefore = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running && listener == self) {
                    PGNotification[] signals = postgres.getNotifications(5_000);
                    if (signals == null || signals.length == 0) {
                        if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                            // reading alone never notices a connection a network dropped: ask something
                            statement.execute("select 1");
                            quietSince = System.nanoTime();
                        }
                        continue;
                    }
                    quietSince = System.nanoTime();
                    if (listener == self) {
                        for (PGNotification signal : signals) {
                            deliver(signal.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running && listener == self) {
                    log.warn("Chat relay lost its database connection ({}); listening again in {} s",
                            lost.getMessage(), RETRY.toSeconds());
                    pause();
                }
            }
        }
    }

    private void deliver(String signal) {
        try {
            socket.deliver(signal);
        } catch (RuntimeException failed) {
            log.warn("Chat signal {} not delivered: {}", signal, failed.toString());
        }
    }

    /** A connection of its own: held for as long as the service runs, it must not take one from the pool. */
    private Connection connection() throws SQLException {
        // the operating system notices a dead peer too, and no read waits forever
        return DedicatedConnections.open(dataSource, Map.of("tcpKeepAlive", "true", "socketTimeout", "60"));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
