package org.jiuzhu.matching;

import io.micronaut.runtime.server.EmbeddedServer;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Charities registered through the public form, as an organization does, with a logged-in first user. */
public final class Charities {

    public static final String PINGAN_COUNTY = "990102000000";
    public static final String CITY = "990100000000";
    static final byte[] PDF = "%PDF-1.4\n% a certificate\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A charity's first user, logged in, and its credit code. */
    public record Charity(WebSession session, String username, String creditCode) {
    }

    private Charities() {
    }

    /** A fresh valid unified social credit code of a foundation registered in the demo city. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("53990100MJ");
        for (int i = 0; i < 7; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    public static Map<String, String> registration(String username, String creditCode, String served) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "测试助学基金会" + username);
        form.put("creditCode", creditCode);
        form.put("regionCode", CITY);
        form.put("served-" + served, "yes");
        form.put("contactName", "赵敏");
        form.put("contactPhone", People.phone());
        form.put("introduction", "资助困难学生");
        form.put("username", username);
        form.put("displayName", "赵敏");
        form.put("password", "Charity-Pass-2026!");
        form.put("passwordConfirmation", "Charity-Pass-2026!");
        return form;
    }

    /** Registers, logs in and uploads the certificate; the organization then waits for a reviewer. */
    public static Charity registered(EmbeddedServer server, String served) {
        String username = "c" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        String code = creditCode();
        WebSession.Page registered = new WebSession(server).submit("/charity/register", "/charity/register",
                registration(username, code, served));
        assertThat(registered.status()).isEqualTo(303);
        WebSession session = new WebSession(server);
        session.login(username, "Charity-Pass-2026!");
        String token = session.get("/charity/organization").csrfToken();
        WebSession.Page uploaded = session.postMultipart("/charity/organization/certificate",
                Map.of("csrfToken", token), "certificate.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).isEqualTo(303);
        return new Charity(session, username, code);
    }
}
