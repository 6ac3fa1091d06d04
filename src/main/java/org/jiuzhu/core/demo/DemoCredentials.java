package org.jiuzhu.core.demo;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The generated demo logins: printed on the console at the first start and kept, readable by the owner only,
 * in the data folder for later starts. Demo mode only; real deployments have no such file.
 */
@Singleton
class DemoCredentials {

    record Login(Role role, String username, String password) {
    }

    private static final String FILE = "demo-accounts.txt";

    boolean exist(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }

    void save(Path dataDir, List<Login> logins) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, table(logins), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (UnsupportedOperationException notPosix) {
            // Kept with the file system's default permissions.
        }
    }

    void print(Path dataDir, List<Login> logins) {
        System.out.println();
        System.out.println("=== 救助通 Jiuzhu demo accounts (embedded demo mode; fictional data) ===");
        System.out.print(table(logins));
        System.out.println("=== Also saved in " + dataDir.resolve(FILE) + " ===");
        System.out.println();
    }

    void printReminder(Path dataDir) {
        try {
            System.out.println();
            System.out.println("=== 救助通 Jiuzhu demo accounts (from " + dataDir.resolve(FILE) + ") ===");
            System.out.print(Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8));
            System.out.println();
        } catch (IOException e) {
            System.out.println("Demo accounts: see " + dataDir.resolve(FILE));
        }
    }

    private static String table(List<Login> logins) {
        StringBuilder text = new StringBuilder(String.format("%-16s %-14s %s%n", "role", "login", "password"));
        for (Login login : logins) {
            text.append(String.format("%-16s %-14s %s%n", login.role(), login.username(), login.password()));
        }
        return text.toString();
    }
}
