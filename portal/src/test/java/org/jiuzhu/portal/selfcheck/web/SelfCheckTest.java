package org.jiuzhu.portal.selfcheck.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo counties follow Linfen (平安县, rural standard 620, k = 1.5) and Guangxi (长宁县, rural 560, k = 2). */
@MicronautTest(transactional = false)
class SelfCheckTest {

    private static final String PINGAN_VILLAGE = "990102001002";
    private static final String CHANGNING_VILLAGE = "990103001002";

    private final EmbeddedServer server;

    SelfCheckTest(EmbeddedServer server) {
        this.server = server;
    }

    @Test
    void a_rural_family_below_the_standard_is_told_it_may_get_dibao_why_and_what_to_bring() {
        WebSession.Page page = check(answers(PINGAN_VILLAGE, "3", "1500", Map.of("student", "yes")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("最低生活保障（低保）")
                .contains("家庭人均月收入 500.00 元，低于本地低保标准 620.00 元")
                .contains("每月大约可以领取 360.00 元")
                .contains("教育救助").contains("全体家庭成员的身份证").contains("在校就读证明");
    }

    @Test
    void the_same_household_is_marginal_under_guangxi_rules_but_not_under_linfen_rules() {
        Map<String, String> perCapita1000 = Map.of();

        String linfen = check(answers(PINGAN_VILLAGE, "2", "2000", perCapita1000)).body();
        String guangxi = check(answers(CHANGNING_VILLAGE, "2", "2000", perCapita1000)).body();

        assertThat(guangxi).contains("低保边缘家庭").contains("低于标准的 2 倍（1120.00 元）");
        assertThat(linfen).doesNotContain("低保边缘家庭").contains("暂时不符合救助条件");
    }

    @Test
    void unreadable_answers_are_explained_next_to_their_fields() {
        Map<String, String> form = answers(PINGAN_VILLAGE, "三口", "很少", Map.of());
        form.remove("area");

        WebSession.Page page = check(form);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("请选择住在城镇还是农村").contains("请填写整数").contains("请填写数字")
                .contains("href=\"#members\"");
    }

    @Test
    void more_ticked_situations_than_people_is_refused() {
        WebSession.Page page = check(answers(PINGAN_VILLAGE, "1", "0",
                Map.of("student", "yes", "unemployed", "yes")));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("勾选的情况比家里的人数还多");
    }

    private WebSession.Page check(Map<String, String> form) {
        return new WebSession(server).submit("/self-check", "/self-check", form);
    }

    private static Map<String, String> answers(String village, String members, String income, Map<String, String> ticks) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("area", "rural");
        form.put("members", members);
        form.put("monthlyIncome", income);
        form.put("savings", "1000");
        form.put("yearlyExpenses", "");
        form.putAll(ticks);
        return form;
    }
}
