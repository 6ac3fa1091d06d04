package org.jiuzhu.core.account;

import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id and stores them as PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, base64 without padding).
 *
 * <p>Parameters are read back from the stored string, so they can be raised later without
 * invalidating existing hashes.
 */
@Singleton
public class PasswordHasher {

    /**
     * The executor of every request that hashes or checks a password ({@code @ExecuteOn(PasswordHasher.EXECUTOR)}),
     * configured in application.yml: waiting for a hashing slot must not hold a thread of the pool pages run on.
     */
    public static final String EXECUTOR = "hashing";

    private static final int MEMORY_KIB = 19456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Phc DUMMY = new Phc(
            MEMORY_KIB, ITERATIONS, PARALLELISM, new byte[SALT_BYTES], new byte[HASH_BYTES]);

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Phc template = new Phc(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, new byte[HASH_BYTES]);
        byte[] hash = derive(password, template);
        return new Phc(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, hash).format();
    }

    /** False for a wrong password and for anything that is not a supported PHC string. */
    public boolean matches(char[] password, String phc) {
        if (password == null) {
            return false;
        }
        return Phc.parse(phc)
                .map(stored -> MessageDigest.isEqual(derive(password, stored), stored.hash()))
                .orElse(false);
    }

    /**
     * Always false, but costs as much as {@link #matches}: a login for an unknown user must not
     * be distinguishable by its response time.
     */
    public boolean matchesNothing(char[] password) {
        derive(password == null ? new char[0] : password, DUMMY);
        return false;
    }

    // Each hash holds 19 MiB and a core for tens of milliseconds: a flood of logins must queue, not exhaust the heap.
    static final int SLOTS_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    private static final java.util.concurrent.Semaphore SLOTS = new java.util.concurrent.Semaphore(SLOTS_AT_ONCE, true);

    private static byte[] derive(char[] password, Phc settings) {
        SLOTS.acquireUninterruptibly();
        try {
            return generate(password, settings);
        } finally {
            SLOTS.release();
        }
    }

    private static byte[] generate(char[] password, Phc settings) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(settings.memoryKib())
                .withIterations(settings.iterations())
                .withParallelism(settings.parallelism())
                .withSalt(settings.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[settings.hash().length];
        generator.generateBytes(password, out);
        return out;
    }

    /** A parsed PHC string, with bounds so that a corrupt row cannot exhaust memory or time. */
    private record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        private static final Pattern FORMAT = Pattern.compile(
                "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})"
                        + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
        private static final int MAX_MEMORY_KIB = 1 << 20;

        static Optional<Phc> parse(String text) {
            Matcher m = FORMAT.matcher(text == null ? "" : text);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                Phc phc = new Phc(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), decode(m.group(4)), decode(m.group(5)));
                return phc.withinBounds() ? Optional.of(phc) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        String format() {
            return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                    + "$" + encode(salt) + "$" + encode(hash);
        }

        // Argon2 itself requires at least 8 KiB per lane and an 8-byte salt.
        private boolean withinBounds() {
            return parallelism >= 1 && iterations >= 1
                    && memoryKib >= 8 * parallelism && memoryKib <= MAX_MEMORY_KIB
                    && salt.length >= 8 && hash.length >= 16 && hash.length <= 64;
        }

        private static byte[] decode(String text) {
            return Base64.getDecoder().decode(text);
        }

        private static String encode(byte[] bytes) {
            return Base64.getEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
