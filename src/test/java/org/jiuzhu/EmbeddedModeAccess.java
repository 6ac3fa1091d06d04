package org.jiuzhu;

import java.nio.file.Path;

/** The data folder the tests' embedded mode uses (target/test-data). */
public final class EmbeddedModeAccess {

    private EmbeddedModeAccess() {
    }

    public static Path dataDir() {
        return EmbeddedMode.dataDir();
    }
}
