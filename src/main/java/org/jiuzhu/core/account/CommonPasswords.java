package org.jiuzhu.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Passwords that appear at the top of leaked-password lists, globally and in China. */
final class CommonPasswords {

    private static final String RESOURCE = "/security/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** Fails fast: running without the list would silently accept the weakest passwords. */
    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new CommonPasswords(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    boolean contains(String lowercasePassword) {
        return passwords.contains(lowercasePassword);
    }

    int size() {
        return passwords.size();
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> passwords = new HashSet<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String password = line.strip();
            if (!password.isEmpty() && !password.startsWith("#")) {
                passwords.add(password);
            }
        }
        return Set.copyOf(passwords);
    }
}
