package org.jiuzhu.core.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jiuzhu.EmbeddedMode;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.jiuzhu.core.privacy.FileCipher;
import org.jiuzhu.core.storage.Download;
import org.jiuzhu.core.storage.FileStore;

import java.io.InputStream;
import java.nio.file.Paths;
import java.time.Duration;

/**
 * Proof files on disk, outside the web root, under random names (see {@link FileStore}): a row never points at a
 * missing file, and a file whose row never came is removed by {@link #sweep}.
 */
@Singleton
public class ProofFiles {

    private final FileStore store;

    ProofFiles(@Value("${jiuzhu.proofs.dir:}") String configured, FileCipher cipher) {
        this.store = new FileStore(configured.isBlank() ? EmbeddedMode.dataDir().resolve("proofs")
                : Paths.get(configured).toAbsolutePath(), cipher, "proofs");
    }

    /** Proofs stored before files were encrypted are encrypted before anyone can ask for them. */
    @EventListener
    void sealLegacy(StartupEvent started) {
        store.sealLegacy();
    }

    /** Copies at most {@code limit} bytes; more is refused (and nothing is left behind). */
    public FileStore.Written write(InputStream content, long limit) throws FileStore.TooLarge {
        return store.write(content, limit);
    }

    Download download(String storedName, long size, String mediaType, String name) {
        return store.download(storedName, size, mediaType, name);
    }

    /** Removes a file whose row was not written (the transaction failed after the file was in place). */
    public void discard(String storedName) {
        store.discard(storedName);
    }

    /**
     * Removes files older than {@code age} that {@code known} does not recognise, and leftover partial files.
     * Answers how many were removed.
     */
    public int sweep(java.util.function.Predicate<String> known, Duration age) {
        return store.sweep(known, age);
    }
}
