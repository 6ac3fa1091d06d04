package org.jiuzhu.matching;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.matching.search.Matcher;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching journey over HTTP: a charity registers and is verified, publishes a project, a supported household
 * shares a need with consent, the charity sees it de-identified with reasons, and revocation removes it at once.
 */
@MicronautTest(transactional = false)
class MatchingJourneyTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final Matcher matcher;
    private final DataSource db;
    private final Matchmaking matchmaking;

    MatchingJourneyTest(EmbeddedServer server, StaffAccounts staff, Cases cases, Matcher matcher, DataSource dataSource,
                        Matchmaking matchmaking) {
        this.server = server;
        this.matchmaking = matchmaking;
        this.staff = staff;
        this.cases = cases;
        this.matcher = matcher;
        this.db = Database.raw(dataSource);
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedWithTheReason() {
        String code = Charities.creditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        WebSession.Page page = new WebSession(server).submit("/charity/register", "/charity/register",
                Charities.registration("cbad" + System.nanoTime() % 100000, wrong, Charities.PINGAN_COUNTY));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("校验位不对");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM charity_organization WHERE credit_code = ?", wrong)).isZero();
    }

    @Test
    void aSupervisorVerifiesOnlyWithACertificateAndTheCharityThenPublishes() {
        Charities.Charity charity = Charities.registered(server, Charities.PINGAN_COUNTY);
        long organization = Database.number(db, "SELECT id FROM charity_organization WHERE credit_code = ?", charity.creditCode());
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        assertThat(supervisor.get("/admin/charities").body()).contains(charity.creditCode());

        WebSession.Page verified = supervisor.submit("/admin/charities/" + organization,
                "/admin/charities/" + organization + "/verify", Map.of());
        assertThat(verified.status()).isEqualTo(303);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM charity_organization WHERE id = ? AND status = 'VERIFIED'",
                organization)).isEqualTo(1);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'CHARITY_VERIFIED' AND record_id = ?",
                String.valueOf(organization))).isEqualTo(1);

        long offer = matchmaking.publishedProject(charity, 20);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM offer WHERE id = ? AND status = 'PUBLISHED'", offer)).isEqualTo(1);
    }

    @Test
    void aSharedNeedReachesTheCharityDeidentifiedAndLeavesAtOnceWhenConsentIsRevoked() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 20);
        Cases.Case household = cases.approved();
        WebSession resident = Cases.residentSession(server, household);

        Map<String, String> need = Matchmaking.needForm();
        WebSession.Page preview = resident.submit("/charity-help", "/charity-help/preview", need);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("某某今年上高中").doesNotContain("王小红", "13812345678");

        WebSession.Page withoutConsent = resident.submit("/charity-help", "/charity-help", need);
        assertThat(withoutConsent.status()).isEqualTo(422);
        Map<String, String> consented = new LinkedHashMap<>(need);
        consented.put("consent", "yes");
        assertThat(resident.submit("/charity-help", "/charity-help", consented).status()).isEqualTo(303);
        long needId = Database.number(db, "SELECT MAX(id) FROM need WHERE account_id = ? AND status = 'SHARED'",
                household.resident().accountId());
        assertThat(Database.number(db, "SELECT COUNT(*) FROM need WHERE id = ? AND text LIKE '%王小红%'", needId)).isZero();

        String seen = charity.session().get("/charity/offers/" + offer + "/needs").body();
        String card = "/needs/" + needId + "/propose";
        assertThat(seen).contains(card, "某某今年上高中", "类别：助学", "服务对象：学生", "同一县", "很紧急")
                .doesNotContain("王小红", "王小明", "13812345678", household.phone(), household.childIdNumber());

        WebSession.Page mine = resident.get("/charity-help");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("某某今年上高中", "/charity-help/" + needId + "/revoke");
        long version = Database.number(db, "SELECT version FROM need WHERE id = ?", needId);
        WebSession.Page revoked = resident.post("/charity-help/" + needId + "/revoke",
                Map.of("csrfToken", mine.csrfToken(), "version", String.valueOf(version)));
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(charity.session().get("/charity/offers/" + offer + "/needs").body()).doesNotContain(card);
        assertThat(matcher.needsForOffer(offer, 50)).noneMatch(m -> m.id() == needId);
    }

    @Test
    void aCharityCannotOpenAnotherOrganizationsOfferAndAResidentCannotOpenTheDesk() {
        Charities.Charity owner = Charities.registered(server, Charities.PINGAN_COUNTY);
        Charities.Charity other = Charities.registered(server, Charities.PINGAN_COUNTY);
        long offer = matchmaking.draftProject(owner, 20);
        assertThat(other.session().get("/charity/offers/" + offer).status()).isEqualTo(403);
        assertThat(Cases.residentSession(server, cases.approved()).get("/charity").status()).isEqualTo(403);
    }

    @Test
    void anUnverifiedOrganizationCannotPublish() {
        Charities.Charity charity = Charities.registered(server, Charities.PINGAN_COUNTY);
        long offer = matchmaking.draftProject(charity, 20);
        WebSession.Page refused = charity.session().submit("/charity/offers/" + offer,
                "/charity/offers/" + offer + "/publish", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("机构通过认证后才能发布");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM offer WHERE id = ? AND status = 'DRAFT'", offer)).isEqualTo(1);
    }
}
