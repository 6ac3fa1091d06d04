package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for tests: keeps cookies, asks for HTML, does not follow redirects, and fills in
 * the CSRF token from the form page the way a browser submits a form it was shown.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String forwardedFor;

    public WebSession(EmbeddedServer server) {
        this.base = URI.create("http://localhost:" + server.getPort());
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends every request with this X-Forwarded-For, as a reverse proxy in front of the server would. */
    public WebSession forwardedFor(String addresses) {
        this.forwardedFor = addresses;
        return this;
    }

    public record Page(int status, String body, HttpHeaders headers) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String csrfToken() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no CSRF token on the page:\n" + body);
            }
            return matcher.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A GET with the Accept header of a browser following a link, or of a feed reader. */
    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), accept);
    }

    /**
     * GETs the form page, then posts the fields as a browser submits that page's form for {@code action}: with its
     * hidden inputs (CSRF token, version...), typed fields overriding them. Without such a form on the page (a test
     * posting where the user has no form) only the page's CSRF token is sent.
     */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        Page page = get(formPage);
        if (page.status() >= 500) {
            throw new AssertionError("the form page " + formPage + " failed with " + page.status() + ":\n" + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>(hiddenInputs(page.body(), action));
        form.putIfAbsent("csrfToken", page.csrfToken());
        form.putAll(fields);
        return post(action, form);
    }

    private static Map<String, String> hiddenInputs(String html, String action) {
        Map<String, String> hidden = new LinkedHashMap<>();
        int start = html.indexOf("action=\"" + action + "\"");
        if (start < 0) {
            return hidden;
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Matcher input = HIDDEN.matcher(form);
        while (input.find()) {
            hidden.put(input.group(1), input.group(2));
        }
        return hidden;
    }

    /** Posts exactly the given fields: no token is added. */
    public Page post(String action, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A new session already logged in as the given staff member. */
    public static WebSession as(EmbeddedServer server, Staff.Login login) {
        WebSession session = new WebSession(server);
        session.login(login.username(), login.password());
        return session;
    }

    /** A file field of a multipart form. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a multipart form with one file, as a browser's file upload does. */
    public Page postMultipart(String path, Map<String, String> fields, String fileName, String contentType, byte[] file) {
        return postMultipart(path, fields, java.util.List.of(new FilePart("file", fileName, contentType, file)));
    }

    /** Posts a multipart form with any number of file fields. */
    public Page postMultipart(String path, Map<String, String> fields, java.util.List<FilePart> files) {
        String boundary = "----jiuzhu" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GETs raw bytes (a download). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a JSON body and asks for JSON, as an API client does (with this session's cookies). */
    public Page postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "application/json");
    }

    /** GETs asking for JSON, as an API client does. */
    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "application/json");
    }

    public Page login(String username, String password) {
        Page page = submit("/login", "/login", Map.of("username", username, "password", password));
        if (page.status() != 303) {
            throw new AssertionError("login as " + username + " failed with " + page.status());
        }
        return page;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Puts a cookie back, e.g. a session cookie copied before logout, to test it is refused afterwards. */
    public void restoreCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private Page send(HttpRequest.Builder request) {
        return send(request, "text/html");
    }

    private Page send(HttpRequest.Builder request, String accept) {
        try {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<String> response = client.send(request.header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
