package org.jiuzhu.core.chrome.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.simple.SimpleHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSRF check refuses every submitted token but the one its cookie carries, signed by this server: random text,
 * a real token with a byte changed, or a real token sent against another cookie. It never fails any other way.
 */
@MicronautTest(startApplication = false, transactional = false)
class CsrfTokenFuzzTest {

    private final CsrfTokens tokens;

    CsrfTokenFuzzTest(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @FuzzTest(maxDuration = "5m")
    void onlyTheCookiesOwnSignedTokenPasses(FuzzedDataProvider data) {
        String issued = tokens.tokenFor(new SimpleHttpRequest<>(HttpMethod.GET, "/", null));
        String cookie = data.consumeBoolean() ? issued : cookieOctets(data.consumeString(120));
        String submitted = data.consumeBoolean() ? mutate(issued, data) : data.consumeRemainingAsString();
        MutableHttpRequest<?> request = new SimpleHttpRequest<>(HttpMethod.POST, "/x", "")
                .cookie(Cookie.of(cookieName(), cookie));

        if (submitted.equals(issued) && cookie.equals(issued)) {
            tokens.verify(request, submitted);
            return;
        }
        assertThatThrownBy(() -> tokens.verify(request, submitted)).isInstanceOf(CsrfRejected.class);
    }

    // A cookie as an HTTP parser lets it through (RFC 6265 cookie-octets); anything else never reaches the check.
    private static String cookieOctets(String text) {
        StringBuilder octets = new StringBuilder();
        text.chars().forEach(c -> octets.append((char) (0x23 + Math.floorMod(c, 0x7e - 0x23))));
        return octets.toString().replace(';', '.').replace('\\', '.');
    }

    private String cookieName() {
        return tokens.cookie("x").getName();
    }

    private static String mutate(String token, FuzzedDataProvider data) {
        if (token.isEmpty()) {
            return token;
        }
        char[] chars = token.toCharArray();
        int at = data.consumeInt(0, chars.length - 1);
        chars[at] = data.consumeChar();
        String mutated = new String(chars);
        assertThat(mutated).isNotNull();
        return mutated;
    }
}
