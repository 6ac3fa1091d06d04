package org.jiuzhu.portal.registration.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RegistrationTest {

    private final EmbeddedServer server;
    private final DataSource dataSource;

    RegistrationTest(EmbeddedServer server, DataSource dataSource) {
        this.server = server;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_resident_with_a_valid_id_number_is_registered_and_sent_to_the_login_page() throws SQLException {
        String idNumber = People.idNumber();
        WebSession.Page page = register("张三", People.phone(), idNumber);

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/login?notice=registered");
        assertThat(accountsNamed("张三")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_id_number_with_a_wrong_check_digit_is_refused_with_the_reason() {
        String valid = People.idNumber();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');

        WebSession.Page page = register("李四", People.phone(), wrong);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("身份证号最后一位校验码不对").contains("href=\"#idNumber\"");
    }

    @Test
    void an_id_number_with_an_impossible_birth_date_is_refused() {
        String february30 = org.jiuzhu.core.privacy.IdNumber.withCheckDigit("99010219800230123");

        WebSession.Page page = register("王五", People.phone(), february30);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("身份证号中的出生日期不正确");
    }

    @Test
    void a_second_registration_with_the_same_id_number_is_refused_through_the_blind_index() throws SQLException {
        String idNumber = People.idNumber();
        assertThat(register("赵六", People.phone(), idNumber).status()).isEqualTo(303);
        long before = accountCount();

        WebSession.Page again = register("赵六", People.phone(), idNumber);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("这个身份证号已经注册");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void a_script_typed_as_a_name_is_shown_escaped_and_never_executed() {
        WebSession.Page page = register("<script>alert(1)</script>", People.phone(), People.idNumber());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("姓名只能包含文字和间隔号");
    }

    @Test
    void the_home_page_shows_the_resident_only_masked_values() {
        String phone = People.phone();
        String idNumber = People.idNumber();
        String password = People.password();
        WebSession session = new WebSession(server);
        session.submit("/register", "/register",
                People.registration("欧阳小明", phone, idNumber, People.XINGFU_VILLAGE, password));
        session.login(phone, password);

        String home = session.get("/").body();

        assertThat(home).contains("欧**明").contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .contains(idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14))
                .doesNotContain(phone).doesNotContain(idNumber).doesNotContain("欧阳小明");
    }

    @Test
    void the_account_table_holds_no_plaintext_id_or_phone_number() throws SQLException {
        String phone = People.phone();
        String idNumber = People.idNumber();
        assertThat(register("孙七", phone, idNumber).status()).isEqualTo(303);

        List<String> stored = everyColumnOfEveryAccount();

        assertThat(stored).isNotEmpty();
        for (String secret : List.of(phone, idNumber, idNumber.substring(6, 14))) {
            String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
            assertThat(stored).noneMatch(value -> value.contains(secret) || value.toLowerCase().contains(hex));
        }
    }

    private WebSession.Page register(String name, String phone, String idNumber) {
        return new WebSession(server).submit("/register", "/register",
                People.registration(name, phone, idNumber, People.XINGFU_VILLAGE, People.password()));
    }

    private long accountCount() {
        return Database.number(dataSource, "SELECT COUNT(*) FROM account");
    }

    private long accountsNamed(String name) {
        return Database.number(dataSource, "SELECT COUNT(*) FROM account WHERE display_name = ?", name);
    }

    /** Every column of every row, as text and as hex, the way someone reading a database dump would see it. */
    private List<String> everyColumnOfEveryAccount() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT * FROM account")) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    byte[] raw = r.getBytes(i);
                    if (raw != null) {
                        values.add(new String(raw, StandardCharsets.ISO_8859_1));
                        values.add(HexFormat.of().formatHex(raw));
                    }
                }
            }
        }
        return values;
    }
}
