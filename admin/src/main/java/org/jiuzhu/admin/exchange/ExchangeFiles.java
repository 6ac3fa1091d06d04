package org.jiuzhu.admin.exchange;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.core.storage.FileStore;

import java.nio.file.Paths;

/**
 * Uploaded lists waiting for or under import, under the data folder ({@code exchange/}) or {@code jiuzhu.exchange.dir}.
 * They hold personal data in the clear, so each is deleted as soon as its import has finished or failed.
 */
@Singleton
public class ExchangeFiles {

    private final FileStore store;

    ExchangeFiles(@Value("${jiuzhu.exchange.dir:}") String configured) {
        this.store = new FileStore(configured.isBlank() ? EmbeddedMode.dataDir().resolve("exchange")
                : Paths.get(configured).toAbsolutePath());
    }

    FileStore store() {
        return store;
    }
}
