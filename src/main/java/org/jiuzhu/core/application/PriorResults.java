package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.AuthorizationStore;
import org.jiuzhu.core.application.persistence.VerificationStore;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an applicant's earlier applications still lend a new one (DOMAIN §3.5): a member's authorization that is
 * still valid, and a verification result within its validity for exactly the same members. Only the same applicant's own applications are
 * searched: a person's consent given for one household does not let another household check them.
 */
@Singleton
public class PriorResults {

    private final ApplicationStore store;
    private final AuthorizationStore authorizations;
    private final VerificationStore verification;
    private final Clock clock;

    PriorResults(ApplicationStore store, AuthorizationStore authorizations, VerificationStore verification,
                 Clock clock) {
        this.store = store;
        this.authorizations = authorizations;
        this.verification = verification;
        this.clock = clock;
    }

    /** A verification result carried over: the application it came from and its figures. */
    public record PriorVerification(long applicationId, VerifiedFigures figures) {
    }

    /** The member's still valid authorization on an earlier application of the same applicant, if any. */
    Optional<AuthorizationStore.Stored> authorization(ApplicationStore.Header h, int position) {
        byte[] person = store.members(h.id()).stream().filter(m -> m.position() == position).findFirst()
                .map(ApplicationStore.StoredMember::idNumberBidx).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        var today = Today.in(clock);
        return store.allOf(h.applicantAccountId()).stream().filter(other -> other.id() != h.id())
                .flatMap(other -> store.members(other.id()).stream()
                        .filter(m -> Arrays.equals(m.idNumberBidx(), person))
                        .flatMap(m -> authorizations.of(other.id()).stream()
                                .filter(z -> z.memberPosition() == m.position() && z.revokedAt() == null
                                        && !z.expiresOn().isBefore(today))))
                .max(Comparator.comparing(AuthorizationStore.Stored::expiresOn));
    }

    private Set<String> persons(long applicationId) {
        return store.members(applicationId).stream().map(m -> HexFormat.of().formatHex(m.idNumberBidx()))
                .collect(Collectors.toSet());
    }

    /** The newest verification result of the same applicant's earlier applications that is still valid. */
    @Transactional(readOnly = true)
    public Optional<PriorVerification> verification(Application a) {
        var today = Today.in(clock);
        Set<String> members = persons(a.id());
        // Only for the same people: a member added since was never checked, and their income would be missing.
        return store.allOf(a.applicantAccountId()).stream().filter(other -> other.id() != a.id())
                .filter(other -> persons(other.id()).equals(members))
                .flatMap(other -> verification.result(other.id()).filter(v -> !v.validUntil().isBefore(today))
                        .map(v -> new PriorVerification(other.id(), v)).stream())
                .max(Comparator.comparing(p -> p.figures().completedAt()));
    }
}
