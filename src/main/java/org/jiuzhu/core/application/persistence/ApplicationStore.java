package org.jiuzhu.core.application.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.PlaceTaken;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The application tables. Ciphertexts pass through untouched; the domain decrypts and masks. */
@Singleton
public class ApplicationStore {

    /** The application row as stored. */
    public record Header(long id, long applicantAccountId, String regionCode, boolean urban, String status,
                         String stepsDone, BigDecimal workCosts, BigDecimal financialAssets, boolean nonEssentialVehicle,
                         boolean secondHome, String housing, boolean disasterAffected, boolean suddenHardship,
                         String hardship, String requestedAids, String bankName, byte[] bankAccountEnc,
                         String submissionToken, Instant submittedAt, long version, Long proxyAccountId) {

        /** The resident applying, or the officer preparing it on their behalf. */
        public boolean preparedBy(long account) {
            return applicantAccountId == account || (proxyAccountId != null && proxyAccountId == account);
        }
    }

    public record StoredMember(int position, String name, byte[] idNumberEnc, byte[] idNumberBidx, String relationship,
                               String disability, int disabilityGrade, boolean seriouslyIll, boolean student,
                               String employment, boolean ableSupporter) {
    }

    /** An income (IN, per month) or a rigid expense (OUT, per year). */
    public record MoneyLine(String flow, String kind, BigDecimal amount) {
    }

    public record Event(Instant at, String status, Long actorId, String officeRegion, String note, LocalDate deadline) {
    }

    private final Repositories.Applications applications;
    private final Repositories.Members members;
    private final Repositories.Money money;
    private final Repositories.Events events;
    private final Repositories.People people;

    ApplicationStore(Repositories.Applications applications, Repositories.Members members, Repositories.Money money,
                     Repositories.Events events, Repositories.People people) {
        this.applications = applications;
        this.members = members;
        this.money = money;
        this.events = events;
        this.people = people;
    }

    /** A new draft for {@code account}; {@code proxy} is the officer preparing it on their behalf, or null. */
    public long create(long account, String regionCode, Long proxy, Instant now) {
        return applications.save(new ApplicationRow(null, account, regionCode, false, "DRAFT", "", BigDecimal.ZERO,
                BigDecimal.ZERO, false, false, "ADEQUATE", false, false, null, "", null, null, null, null, null, now,
                now, 0, proxy)).id();
    }

    public List<Header> proxiedBy(long officer) {
        return applications.findProxiedBy(officer).stream().map(ApplicationStore::header).toList();
    }

    public Optional<Header> find(long id) {
        return applications.findById(id).map(ApplicationStore::header);
    }

    public Optional<Header> findInScope(long id, String scopePattern) {
        return applications.findInScope(id, scopePattern).map(ApplicationStore::header);
    }

    /** Reads and locks the application for the rest of the transaction: changes to it happen one at a time. */
    public Optional<Header> lock(long id) {
        return applications.lock(id).map(ApplicationStore::header);
    }

    public Optional<Header> lockInScope(long id, String scopePattern) {
        return applications.lockInScope(id, scopePattern).map(ApplicationStore::header);
    }

    public void lockApplicant(long account) {
        applications.lockApplicant(account);
    }

    public List<Header> currentOf(long account) {
        return applications.findCurrentOf(account).stream().map(ApplicationStore::header).toList();
    }

    public List<Header> allOf(long account) {
        return applications.findAllOf(account).stream().map(ApplicationStore::header).toList();
    }

    /** Applications that reached a final {@code status} since {@code since}, most recent first, at most 500. */
    public List<Header> endedSince(String status, Instant since, String scopePattern) {
        return applications.endedSince(status, since, scopePattern).stream().map(ApplicationStore::header).toList();
    }

    /** At most 200, oldest submission first. */
    public List<Header> withStatusesInScope(List<String> statuses, String scopePattern) {
        return applications.findWithStatusesInScope(statuses, scopePattern).stream().map(ApplicationStore::header).toList();
    }

    public Optional<Header> bySubmissionToken(String token) {
        return applications.findBySubmissionToken(token).map(ApplicationStore::header);
    }

    /**
     * Writes the draft's contents only, and only while it is still a draft or returned: status and submission are
     * never written from a copy read earlier.
     */
    public boolean saveContents(Header h, Instant now) {
        return applications.saveContents(h.id(), h.urban(), h.stepsDone(), h.workCosts(), h.financialAssets(),
                h.nonEssentialVehicle(), h.secondHome(), h.housing(), h.disasterAffected(), h.suddenHardship(),
                h.hardship(), h.requestedAids(), h.bankName(), h.bankAccountEnc(), now) == 1;
    }

    /** Submits if the version still matches and the draft is editable; false when another request was first. */
    public boolean markSubmitted(long id, long version, String token, Instant now) {
        return applications.markSubmitted(id, version, "SUBMITTED", token, now) == 1;
    }

    /** Moves from one status to the next if nobody changed the application since it was read. */
    public boolean move(long id, long version, String from, String to, Instant now) {
        return applications.move(id, version, from, to, now) == 1;
    }

    public List<StoredMember> members(long applicationId) {
        return members.findByApplicationIdOrderByPosition(applicationId).stream().map(m -> new StoredMember(m.position(),
                m.name(), m.idNumberEnc(), m.idNumberBidx(), m.relationship(), m.disability(), m.disabilityGrade(),
                m.seriouslyIll(), m.student(), m.employment(), m.ableSupporter())).toList();
    }

    public void addMember(long applicationId, StoredMember m) {
        members.save(new MemberRow(null, applicationId, m.position(), m.name(), m.idNumberEnc(), m.idNumberBidx(),
                m.relationship(), m.disability(), m.disabilityGrade(), m.seriouslyIll(), m.student(), m.employment(),
                m.ableSupporter()));
    }

    public void removeMember(long applicationId, int position) {
        members.deleteAt(applicationId, position);
    }

    public boolean hasMember(long applicationId, byte[] person) {
        return members.existsByApplicationIdAndIdNumberBidx(applicationId, person);
    }

    public List<MoneyLine> money(long applicationId) {
        return money.findByApplicationId(applicationId).stream()
                .map(m -> new MoneyLine(m.flow(), m.kind(), m.amount())).toList();
    }

    public void replaceMoney(long applicationId, List<MoneyLine> lines) {
        money.deleteOf(applicationId);
        lines.forEach(l -> money.save(new MoneyRow(null, applicationId, l.flow(), l.kind(), l.amount())));
    }

    public void addEvent(long applicationId, Event e) {
        events.save(new EventRow(null, applicationId, e.at(), e.status(), e.actorId(), e.officeRegion(), e.note(), e.deadline()));
    }

    public List<Event> events(long applicationId) {
        return events.findByApplicationIdOrderByOccurredAt(applicationId).stream().map(e -> new Event(e.occurredAt(),
                e.status(), e.actorId(), e.officeRegion(), e.noteToResident(), e.deadline())).toList();
    }

    public boolean heldElsewhere(byte[] person, long applicationId) {
        return people.countElsewhere(person, applicationId) > 0;
    }

    /**
     * Takes every member's place in the register. A duplicate key means another application took someone's place
     * since the check: {@link PlaceTaken}, and the caller's transaction rolls back.
     */
    public void holdPlaces(long applicationId, List<byte[]> persons) {
        people.releaseAll(applicationId);
        try {
            persons.forEach(p -> people.hold(p, applicationId));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            if (e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException) {
                throw new PlaceTaken();
            }
            throw e;
        }
    }

    public void releasePlaces(long applicationId) {
        people.releaseAll(applicationId);
    }

    public void releasePlace(long applicationId, byte[] person) {
        people.release(applicationId, person);
    }

    private static Header header(ApplicationRow r) {
        return new Header(r.id(), r.applicantAccountId(), r.regionCode(), r.urban(), r.status(), r.stepsDone(),
                r.workCosts(), r.financialAssets(), r.nonEssentialVehicle(), r.secondHome(), r.housing(),
                r.disasterAffected(), r.suddenHardship(), r.hardship(), r.requestedAids(), r.bankName(),
                r.bankAccountEnc(), r.submissionToken(), r.submittedAt(), r.version(), r.proxyAccountId());
    }
}
