package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's system hands its lists over with an API key made on the page: the key is shown once, scoped to its
 * department, and stops working when rotated or revoked.
 */
@MicronautTest(transactional = false)
class ExchangeApiTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(jzk_[A-Za-z0-9_-]+)<");
    private static final Pattern BATCH = Pattern.compile("\"batch\":(\\d+)");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final DataSource db;
    private final HttpClient client = HttpClient.newHttpClient();

    ExchangeApiTest(EmbeddedServer server, StaffAccounts staff, Importer importer, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.db = Database.raw(dataSource);
    }

    private WebSession department(Department department) {
        return WebSession.as(server, Staff.department(staff, department, Cases.PINGAN_COUNTY));
    }

    private static String made(WebSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).as("the key is shown once on the answer").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> call(String method, String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN");
        if (key != null) {
            request.header("Authorization", "ApiKey " + key);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unemployed(String... ids) {
        StringBuilder rows = new StringBuilder();
        for (String id : ids) {
            rows.append(rows.isEmpty() ? "" : ",").append("{\"idNumber\":\"").append(id)
                    .append("\",\"name\":\"张三\",\"registeredOn\":\"2026-03-01\",\"employmentAid\":\"否\"}");
        }
        return "{\"name\":\"11月失业登记\",\"rows\":[" + rows + "]}";
    }

    @Test
    void aSystemHandsOverAListWithItsKeyAndReadsTheReport() {
        WebSession hrss = department(Department.HRSS);
        String key = made(hrss.submit("/admin/exchanges/keys", "/admin/exchanges/keys", Map.of("label", "就业系统")));
        assertThat(hrss.get("/admin/exchanges/keys").body()).contains("就业系统", key.substring(0, 12))
                .doesNotContain(key);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_api_key WHERE HEX(key_hash) LIKE ?",
                "%" + key + "%")).isZero();

        String body = unemployed(People.idNumber(), "110101199001011235", People.idNumber());
        HttpResponse<String> sent = call("POST", "/api/v1/exchanges/registered-unemployed", key, body);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        Matcher m = BATCH.matcher(sent.body());
        assertThat(m.find()).isTrue();
        long batch = Long.parseLong(m.group(1));
        assertThat(sent.headers().firstValue("Location")).hasValue("/api/v1/exchanges/batches/" + batch);
        importer.importWaiting();

        HttpResponse<String> report = call("GET", "/api/v1/exchanges/batches/" + batch, key, null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"status\":\"DONE\"", "\"rowsAccepted\":2", "\"rowsRejected\":1",
                "{\"row\":2,\"column\":\"idNumber\",\"reason\":\"idNumber\"");
        assertThat(Database.text(db, "SELECT CONCAT_WS(' ', channel, file_name) FROM exchange_batch WHERE id = ?",
                batch)).isEqualTo("API 11月失业登记.csv");

        HttpResponse<String> again = call("POST", "/api/v1/exchanges/registered-unemployed", key, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"batch\":" + batch, "\"repeated\":true");
        assertThat(hrss.get("/admin/exchanges/" + batch).body()).contains("11月失业登记.csv");
    }

    @Test
    void aKeyActsForItsDepartmentOnlyAndNotAfterItIsRotatedOrRevoked() {
        WebSession hrss = department(Department.HRSS);
        String key = made(hrss.submit("/admin/exchanges/keys", "/admin/exchanges/keys", Map.of("label", "就业系统")));
        String body = unemployed(People.idNumber());

        HttpResponse<String> education = call("POST", "/api/v1/exchanges/poor-students", key,
                "{\"rows\":[{\"idNumber\":\"" + People.idNumber() + "\"}]}");
        assertThat(education.statusCode()).isEqualTo(403);
        assertThat(education.body()).contains("请选择本部门报送的名单类别");
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", key, "{\"rows\":[]}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> broken = call("POST", "/api/v1/exchanges/registered-unemployed", key, "{\"rows\":[{");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        HttpResponse<String> numbers = call("POST", "/api/v1/exchanges/registered-unemployed", key,
                "{\"rows\":[{\"idNumber\":110101199001011234,\"name\":[1]}]}");
        assertThat(numbers.statusCode()).as("values are taken as text and checked like a file's cells")
                .isEqualTo(202);
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", "jzk_" + "x".repeat(43), body)
                .statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", null, body).statusCode()).isEqualTo(401);
        assertThat(hrss.postJson("/api/v1/exchanges/registered-unemployed", body).status())
                .as("a logged-in session is no key").isEqualTo(403);
        HttpResponse<String> page = call("GET", "/admin/exchanges", key, null);
        assertThat(page.statusCode()).as("a key opens no page").isNotEqualTo(200);
        assertThat(page.body()).doesNotContain("上传并导入");

        WebSession otherHrss = department(Department.HRSS);
        String otherKey = made(otherHrss.submit("/admin/exchanges/keys", "/admin/exchanges/keys",
                Map.of("label", "另一个系统")));
        Matcher m = BATCH.matcher(call("POST", "/api/v1/exchanges/registered-unemployed", otherKey, body).body());
        assertThat(m.find()).isTrue();
        WebSession educationStaff = department(Department.EDUCATION);
        String educationKey = made(educationStaff.submit("/admin/exchanges/keys", "/admin/exchanges/keys",
                Map.of("label", "学生资助系统")));
        assertThat(call("GET", "/api/v1/exchanges/batches/" + m.group(1), educationKey, null).statusCode())
                .isEqualTo(404);

        long id = Database.number(db, "SELECT MAX(id) FROM exchange_api_key WHERE label = '就业系统' AND "
                + "revoked_at IS NULL");
        String rotated = made(hrss.submit("/admin/exchanges/keys", "/admin/exchanges/keys/" + id + "/rotate",
                Map.of()));
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", key, body).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", rotated, unemployed(People.idNumber()))
                .statusCode()).isEqualTo(202);
        assertThat(educationStaff.submit("/admin/exchanges/keys", "/admin/exchanges/keys/" + (id + 1) + "/revoke",
                Map.of()).status()).as("another department's key").isEqualTo(404);

        long rotatedId = Database.number(db, "SELECT id FROM exchange_api_key WHERE label = '就业系统' AND "
                + "revoked_at IS NULL AND created_by = (SELECT created_by FROM exchange_api_key WHERE id = ?)", id);
        assertThat(hrss.submit("/admin/exchanges/keys", "/admin/exchanges/keys/" + rotatedId + "/revoke", Map.of())
                .status()).isEqualTo(303);
        assertThat(call("POST", "/api/v1/exchanges/registered-unemployed", rotated, unemployed(People.idNumber()))
                .statusCode()).isEqualTo(401);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'exchange_api_key' AND "
                + "record_id IN (?, ?)", String.valueOf(id), String.valueOf(rotatedId))).isEqualTo(4);
    }
}
