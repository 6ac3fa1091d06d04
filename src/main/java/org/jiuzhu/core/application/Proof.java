package org.jiuzhu.core.application;

import java.time.Instant;

/** An uploaded proof as pages list it; the file itself is only reached through {@link Proofs#open}. */
public record Proof(long id, long applicationId, String originalName, ProofKind kind, String mediaType, long sizeBytes,
                    Instant uploadedAt) {
}
