package org.jiuzhu.core.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a proof may be, recognised from the first bytes of the content: the name and the type the browser
 * claims are not trusted, so a program renamed ".jpg" is refused.
 */
public enum ProofType {
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] magic;

    ProofType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ProofType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> startsWith(head, t.magic)).findFirst();
    }

    /** The type of a stream's content from its first bytes, leaving the stream where it was. */
    public static Optional<ProofType> sniff(java.io.BufferedInputStream in) {
        try {
            in.mark(16);
            byte[] head = in.readNBytes(16);
            in.reset();
            return sniff(head);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
