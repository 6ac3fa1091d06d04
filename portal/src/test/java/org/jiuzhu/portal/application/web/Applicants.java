package org.jiuzhu.portal.application.web;

import io.micronaut.runtime.server.EmbeddedServer;
import org.jiuzhu.People;
import org.jiuzhu.Residents;
import org.jiuzhu.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents who apply through the pages, step by step, as a person would. */
final class Applicants {

    private static final Pattern APPLICATION = Pattern.compile("/apply/(\\d+)/household");
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([0-9a-f]{32})\"");

    /** Each test resident's ID number, so the fixture can confirm authorizations as the person would. */
    private static final Map<WebSession, String> ID_NUMBERS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    static final String NAME = "申请人";
    static final String CHILD = "小明";

    private Applicants() {
    }

    static WebSession resident(EmbeddedServer server) {
        Residents.Resident resident = Residents.loggedIn(server, NAME);
        ID_NUMBERS.put(resident.session(), resident.idNumber());
        return resident.session();
    }

    static String idNumberOf(WebSession resident) {
        return ID_NUMBERS.get(resident);
    }

    /** Signs for a member: name and the last four characters of the ID number of whoever confirms. */
    static WebSession.Page sign(WebSession resident, long id, int position, String name, String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("position", Integer.toString(position));
        form.put("signerName", name);
        form.put("lastDigits", idNumber.substring(14));
        for (String source : new String[]{"BANK_DEPOSITS", "REAL_ESTATE", "VEHICLES", "SOCIAL_INSURANCE"}) {
            form.put("source-" + source, "yes");
        }
        String page = "/apply/" + id + "/authorizations";
        return resident.submit(page, page, form);
    }

    static long start(WebSession resident) {
        WebSession.Page started = resident.submit("/apply", "/apply", Map.of());
        Matcher matcher = APPLICATION.matcher(started.location());
        assertThat(matcher.find()).as(started.location()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Fills every step: a rural household with a schoolchild and 800 yuan of farming income a month. */
    static void fillEverything(WebSession resident, long id, String childIdNumber) {
        String base = "/apply/" + id;
        assertThat(resident.submit(base + "/household", base + "/household", Map.of("area", "rural")).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/members", base + "/members", member(childIdNumber)).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/members", base + "/members/done", Map.of()).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/finances", base + "/finances", Map.of("agriculture", "800",
                "financialAssets", "1000")).status()).isEqualTo(303);
        assertThat(resident.submit(base + "/needs", base + "/needs", Map.of("hardship", "丈夫去年病倒，家里没有收入。",
                "housing", "ADEQUATE", "educationAid", "yes", "bankName", "农村信用社",
                "bankAccount", "6228 4800 1234 5678")).status()).isEqualTo(303);
        assertThat(sign(resident, id, 0, NAME, idNumberOf(resident)).status()).isEqualTo(303);
        assertThat(sign(resident, id, 1, CHILD, childIdNumber).status()).isEqualTo(303);
    }

    static void submit(WebSession resident, long id) {
        String token = token(resident.get("/apply/" + id + "/review").body());
        assertThat(resident.submit("/apply/" + id + "/review", "/apply/" + id + "/submit",
                Map.of("pledge", "yes", "submissionToken", token)).status()).isEqualTo(303);
    }

    static Map<String, String> member(String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", CHILD);
        form.put("idNumber", idNumber);
        form.put("relationship", "CHILD");
        form.put("disability", "NONE");
        form.put("disabilityGrade", "0");
        form.put("employment", "NOT_APPLICABLE");
        form.put("student", "yes");
        form.put("ableSupporter", "yes");
        return form;
    }

    static String token(String review) {
        Matcher matcher = TOKEN.matcher(review);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
