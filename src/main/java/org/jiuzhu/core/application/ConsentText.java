package org.jiuzhu.core.application;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The authorization's wording. Each signature stores the SHA-256 of the exact text shown, so a later change of
 * wording never silently changes what someone agreed to.
 */
@Singleton
public class ConsentText {

    private static final String RESOURCE = "consent/verification-authorization-v1.txt";

    private final String text;
    private final String sha256;

    ConsentText() {
        try (InputStream in = ConsentText.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            this.text = new String(bytes, StandardCharsets.UTF_8);
            this.sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        return text;
    }

    public String sha256() {
        return sha256;
    }
}
