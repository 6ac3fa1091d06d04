package org.jiuzhu;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Registrations;
import org.jiuzhu.core.account.ResidentRegistration;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.Appraisal;
import org.jiuzhu.core.application.Authorizations;
import org.jiuzhu.core.application.Casework;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.application.Decisions;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.Fieldwork;
import org.jiuzhu.core.application.Finances;
import org.jiuzhu.core.application.HomeVisit;
import org.jiuzhu.core.application.MemberEntry;
import org.jiuzhu.core.application.Needs;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.application.Verification;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.IncomeKind;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications brought to a stage through the kernel, so a test can act on that stage over HTTP. The household: 王小明
 * of 幸福村 (平安县, rural standard 620) with a schoolchild, 800 yuan wages a month, 1000 yuan savings; authorizations
 * cover bank deposits and real estate only.
 */
@Singleton
public class Cases {

    public static final String IP = "127.0.0.1";
    public static final String PINGAN_COUNTY = "990102000000";

    /** An application, the actors who handled it so far, and the resident's login. */
    public record Case(long id, Actor resident, Actor caseworker, String phone, String password, String childIdNumber) {
    }

    private final Registrations registrations;
    private final StaffAccounts staff;
    private final Drafts drafts;
    private final Authorizations authorizations;
    private final Submissions submissions;
    private final Casework casework;
    private final Verification verification;
    private final Fieldwork fieldwork;
    private final Decisions decisions;
    private final Applications applications;
    private final DataSource dataSource;

    Cases(Registrations registrations, StaffAccounts staff, Drafts drafts, Authorizations authorizations,
          Submissions submissions, Casework casework, Verification verification, Fieldwork fieldwork,
          Decisions decisions, Applications applications, DataSource dataSource) {
        this.decisions = decisions;
        this.applications = applications;
        this.dataSource = Database.raw(dataSource);
        this.registrations = registrations;
        this.staff = staff;
        this.drafts = drafts;
        this.authorizations = authorizations;
        this.submissions = submissions;
        this.casework = casework;
        this.verification = verification;
        this.fieldwork = fieldwork;
    }

    /** A household's draft with every step filled and every member's authorization signed, ready to submit. */
    public record Ready(long id, Actor resident, Account account, String phone, String password, String childIdNumber) {
    }

    public Case submitted() {
        Ready ready = ready();
        assertThat(submissions.submit(ready.resident(), ready.id(), true, submissions.newToken(), IP).submitted())
                .isTrue();
        return new Case(ready.id(), ready.resident(), caseworker(), ready.phone(), ready.password(),
                ready.childIdNumber());
    }

    public Ready ready() {
        String password = People.password();
        String phone = People.phone();
        // Working-age members, so that the rules find dibao and nothing else whatever the day the test runs.
        String applicantId = People.uniqueAdultIdNumber();
        String childId = People.uniqueAdultIdNumber();
        Account account = registrations.register(new ResidentRegistration("王小明", phone, applicantId,
                People.XINGFU_VILLAGE, password.toCharArray(), password.toCharArray()), IP);
        Actor resident = new Actor(account.id(), Role.RESIDENT,
                new RegionScope(People.XINGFU_VILLAGE, DivisionLevel.VILLAGE), null, null);
        long id = draft(resident, childId);
        Set<CheckSource> sources = Set.of(CheckSource.BANK_DEPOSITS, CheckSource.REAL_ESTATE);
        assertThat(authorizations.sign(resident, id, 0, "王小明", applicantId.substring(14), sources, IP).isEmpty()).isTrue();
        assertThat(authorizations.sign(resident, id, 1, "王小红", childId.substring(14), sources, IP).isEmpty()).isTrue();
        return new Ready(id, resident, account, phone, password, childId);
    }

    /** A new draft of the same household, every step filled, no authorization signed yet. */
    public Case redraft(Case earlier) {
        return new Case(draft(earlier.resident(), earlier.childIdNumber()), earlier.resident(), earlier.caseworker(),
                earlier.phone(), earlier.password(), earlier.childIdNumber());
    }

    /**
     * The same draft with a third, working-age member added; the first two carry their earlier authorizations over,
     * the new one signs.
     */
    public Case withNewMember(Case c) {
        String idNumber = People.adultIdNumber();
        assertThat(drafts.addMember(c.resident(), c.id(), new MemberEntry("王大山", idNumber,
                Relationship.SIBLING, DisabilityType.NONE, 0, false, false, Employment.EMPLOYED, true), IP).isEmpty())
                .isTrue();
        drafts.membersDone(c.resident(), c.id(), IP);
        ok(authorizations.reuse(c.resident(), c.id(), 0, IP));
        ok(authorizations.reuse(c.resident(), c.id(), 1, IP));
        ok(authorizations.sign(c.resident(), c.id(), 2, "王大山", idNumber.substring(14),
                Set.of(CheckSource.BANK_DEPOSITS), IP));
        return c;
    }

    private long draft(Actor resident, String childId) {
        long id = drafts.start(resident, People.XINGFU_VILLAGE, IP).application().id();
        assertThat(drafts.household(resident, id, false, IP).isEmpty()).isTrue();
        assertThat(drafts.addMember(resident, id, new MemberEntry("王小红", childId, Relationship.CHILD,
                DisabilityType.NONE, 0, false, true, Employment.NOT_APPLICABLE, true), IP).isEmpty()).isTrue();
        drafts.membersDone(resident, id, IP);
        assertThat(drafts.finances(resident, id, new Finances(List.of(new Income(IncomeKind.WAGES, new BigDecimal("800"))),
                BigDecimal.ZERO, List.of(), new BigDecimal("1000"), false, false), IP).isEmpty()).isTrue();
        assertThat(drafts.needs(resident, id, new Needs(Housing.ADEQUATE, false, false, "生活困难",
                Set.of(SpecialAid.EDUCATION), "农村信用社", "6228480012345678"), IP).isEmpty()).isTrue();
        return id;
    }

    public Case accepted() {
        Case c = submitted();
        ok(casework.accept(c.caseworker(), c.id(), version(c), "", IP));
        return c;
    }

    /** Verified at 800 yuan a month and 1000 yuan of assets, waiting for the home visit. */
    public Case visitDue() {
        Case c = accepted();
        ok(verification.check(c.caseworker(), c.id(), new Verification.CheckEntry(0, CheckSource.BANK_DEPOSITS,
                "低保核对", null, new BigDecimal("1000"), ""), new FieldErrors(), IP));
        ok(verification.complete(c.caseworker(), c.id(), version(c), new Verification.Conclusion(
                new BigDecimal("800"), new BigDecimal("1000"), false, false, ""), new FieldErrors(), IP));
        return c;
    }

    public Case appraisalDue() {
        Case c = visitDue();
        ok(fieldwork.recordVisit(c.caseworker(), c.id(), version(c), new HomeVisit(today(), "李四、王五",
                "情况属实", true), new FieldErrors(), IP));
        return c;
    }

    /** Publicity posted today, running for the county's seven days. */
    public Case inPublicity() {
        Case c = appraisalDue();
        ok(fieldwork.recordAppraisal(c.caseworker(), c.id(), version(c), new Appraisal(today(), 10, 9, 1, ""),
                new FieldErrors(), IP));
        return c;
    }

    /** Verified, then refused by the county: the members' places are free again. */
    public Case refusedAfterVerification() {
        Case c = visitDue();
        ok(decisions.refuse(approver(), c.id(), version(c), "人均收入高于标准", new FieldErrors(), IP));
        return c;
    }

    /** Publicity over (moved back eight days), then dibao of 440 yuan a month approved by the county. */
    public Case approved() {
        Case c = inPublicity();
        endPublicity(c.id());
        ok(decisions.approve(approver(), c.id(), version(c), new Decisions.Approval(Set.of(Category.DIBAO), null, ""),
                new FieldErrors(), IP));
        return c;
    }

    /** Moves a running publicity back so that it ended yesterday: the county decides after its last day. */
    public void endPublicity(long applicationId) {
        Database.update(dataSource, "UPDATE publicity SET starts_on = starts_on - INTERVAL 8 DAY, "
                + "ends_on = ends_on - INTERVAL 8 DAY WHERE application_id = ?", applicationId);
    }

    public ApplicationStatus status(Case c) {
        return applications.find(c.resident(), c.id()).orElseThrow().status();
    }

    /** The resident of the case, logged in through the login page. */
    public static WebSession residentSession(io.micronaut.runtime.server.EmbeddedServer server, Case c) {
        WebSession resident = new WebSession(server);
        resident.login(c.phone(), c.password());
        return resident;
    }

    /** The case's page in admin. */
    public static String detail(Case c) {
        return "/admin/applications/" + c.id();
    }

    public long version(Case c) {
        return applications.find(c.resident(), c.id()).orElseThrow().version();
    }

    private Actor approver() {
        Staff.Login login = Staff.create(staff, Role.APPROVER, PINGAN_COUNTY);
        return new Actor(login.id(), Role.APPROVER, new RegionScope(PINGAN_COUNTY, DivisionLevel.COUNTY), null, null);
    }

    /** Submits a draft whose authorizations are all signed, and has the township accept it. */
    public void submitAndAccept(Case c) {
        assertThat(submissions.submit(c.resident(), c.id(), true, submissions.newToken(), IP).submitted()).isTrue();
        ok(casework.accept(c.caseworker(), c.id(), version(c), "", IP));
    }

    private Actor caseworker() {
        Staff.Login login = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        return new Actor(login.id(), Role.CASEWORKER, new RegionScope(Staff.CHENGGUAN_TOWNSHIP, DivisionLevel.TOWNSHIP),
                null, null);
    }

    private static void ok(FieldErrors errors) {
        assertThat(errors.asMap()).isEmpty();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
