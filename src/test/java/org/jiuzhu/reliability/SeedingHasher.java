package org.jiuzhu.reliability;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jiuzhu.core.account.PasswordHasher;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id at its smallest (8 KiB, one pass) for the thousands of residents the harness makes before the product
 * starts: none of them ever logs in with the password (their sessions are minted), and the product's 19 MiB hash took
 * most of the seeding's time. The strings are ordinary PHC strings, which the product's own hasher verifies, since it
 * reads the parameters back from them. Only in the harness's seeding context, which sets the property.
 */
@Singleton
@Replaces(PasswordHasher.class)
@Requires(property = SeedingHasher.PROPERTY, value = "true")
final class SeedingHasher extends PasswordHasher {

    static final String PROPERTY = "jiuzhu.reliability.seeding";
    private static final int MEMORY_KIB = 8;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB).withIterations(1).withParallelism(1).withSalt(salt).build());
        byte[] hash = new byte[32];
        generator.generateBytes(password, hash);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=1,p=1$" + BASE64.encodeToString(salt) + "$"
                + BASE64.encodeToString(hash);
    }
}
