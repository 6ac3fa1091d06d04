package org.jiuzhu.matching.offer.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;
import org.jiuzhu.matching.Charities;
import org.jiuzhu.matching.Matchmaking;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The public service search over HTTP, without logging in. */
@MicronautTest(transactional = false)
class ServiceSearchTest {

    private static final String CHANGNING_COUNTY = "990103000000";

    private final EmbeddedServer server;
    private final Matchmaking matchmaking;

    ServiceSearchTest(EmbeddedServer server, Matchmaking matchmaking) {
        this.server = server;
        this.matchmaking = matchmaking;
    }

    private static String offer(String kind, String title, boolean publish) {
        String where = "PROJECT".equals(kind)
                ? "\"regions\": [\"" + Charities.PINGAN_COUNTY + "\"], \"amountPerBeneficiary\": 800"
                : "\"skills\": \"助听器调试、康复训练\", \"baseRegionCode\": \"" + People.XINGFU_VILLAGE
                + "\", \"radiusKm\": 10, \"slots\": [\"6-MORNING\"]";
        return """
                {"kind": "%s", "title": "%s", "description": "为听力障碍老人免费验配助听器，并上门调试。",
                 "aidKind": "MEDICAL", "targets": ["DISABLED"], "capacity": 5, %s,
                 "startsOn": "%s", "endsOn": "%s", "publish": %s}"""
                .formatted(kind, title, where, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(3), publish);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anyoneFindsOpenServicesNearAPlaceByKeywordKindAndType() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        String tag = "验配" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String project = "助听器项目" + tag;
        String volunteer = "助听器上门" + tag;
        String draft = "助听器草稿" + tag;
        assertThat(charity.session().postJson("/api/v1/offers", offer("PROJECT", project, true)).status()).isEqualTo(201);
        assertThat(charity.session().postJson("/api/v1/offers", offer("VOLUNTEER", volunteer, true)).status())
                .isEqualTo(201);
        assertThat(charity.session().postJson("/api/v1/offers", offer("PROJECT", draft, false)).status()).isEqualTo(201);
        WebSession anyone = new WebSession(server);

        assertThat(anyone.get("/services").status()).isEqualTo(200);
        WebSession.Page near = anyone.get("/services?region=" + People.XINGFU_VILLAGE + "&q=" + q(tag));
        assertThat(near.status()).isEqualTo(200);
        assertThat(near.body()).contains(project, volunteer, "同一县").doesNotContain(draft);

        assertThat(anyone.get("/services?region=" + Charities.PINGAN_COUNTY + "&q=" + q(tag)).body()).contains(project);
        assertThat(anyone.get("/services?region=" + People.XINGFU_VILLAGE + "&type=VOLUNTEER&q=" + q(tag)).body())
                .contains(volunteer).doesNotContain(project);
        assertThat(anyone.get("/services?region=" + People.XINGFU_VILLAGE + "&aid=EDUCATION&q=" + q(tag)).body())
                .doesNotContain(project, volunteer);
        assertThat(anyone.get("/services?region=" + CHANGNING_COUNTY + "&q=" + q(tag)).body())
                .doesNotContain(project, volunteer);
    }

    @Test
    void aSearchWithoutAPlaceOrWithAnUnknownKindSaysWhatToFix() {
        WebSession anyone = new WebSession(server);
        WebSession.Page noPlace = anyone.get("/services?q=" + q("助学"));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body()).contains("请选择您住的村（社区）、乡镇或县");
        WebSession.Page badKind = anyone.get("/services?region=" + People.XINGFU_VILLAGE + "&aid=GOLD");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("请从列表中选择帮助类别");
    }
}
