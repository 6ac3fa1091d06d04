package org.jiuzhu.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's record of every submission it sent: each form token, the application it submits, and whether the
 * product acknowledged it (a 303 to that application). Acknowledgements are appended to a file as they arrive, so the
 * ledger is the client's word, kept apart from anything the product stores.
 */
final class Ledger implements AutoCloseable {

    /** One form token and what the client knows of it. */
    static final class Entry {
        final String token;
        final Population.Resident resident;
        volatile boolean acknowledged;
        volatile int attempts;

        Entry(String token, Population.Resident resident) {
            this.token = token;
            this.resident = resident;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final BufferedWriter file;

    Ledger(Path path) throws IOException {
        this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    Entry sent(String token, Population.Resident resident) {
        Entry e = entries.computeIfAbsent(token, t -> new Entry(t, resident));
        e.attempts++;
        return e;
    }

    synchronized void acknowledged(Entry e) {
        e.acknowledged = true;
        try {
            file.write(e.token + "," + e.resident.applicationId() + "\n");
            file.flush();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    List<Entry> unacknowledged() {
        return new ArrayList<>(entries.values().stream().filter(e -> !e.acknowledged).toList());
    }

    List<Entry> acknowledgedEntries() {
        return entries.values().stream().filter(e -> e.acknowledged).toList();
    }

    int size() {
        return entries.size();
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}
