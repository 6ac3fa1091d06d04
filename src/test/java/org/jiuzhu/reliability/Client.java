package org.jiuzhu.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP to the product on 127.0.0.1, as a browser would send it: cookies passed by hand (the product outside the demo
 * mode sets {@code Secure} cookies, which Java's cookie store keeps from plain HTTP), no redirects followed.
 */
final class Client {

    /** One answer: status, body, and the wall time from sending to the last byte. */
    record Answer(int status, String body, String location, long nanos) {

        double millis() {
            return nanos / 1e6;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    private volatile URI base;

    Client(int port) {
        pointAt(port);
    }

    void pointAt(int port) {
        base = URI.create("http://127.0.0.1:" + port);
    }

    Answer get(String path, Map<String, String> cookies) throws IOException, InterruptedException {
        return send(builder(path, cookies).GET());
    }

    Answer post(String path, Map<String, String> cookies, Map<String, String> form)
            throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(builder(path, cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A form with one file, as a browser sends it ({@code multipart/form-data}). */
    Answer postFile(String path, Map<String, String> cookies, Map<String, String> form, String field, String fileName,
                    String contentType, byte[] file) throws IOException, InterruptedException {
        String boundary = "----reliability" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(file.length + 1024);
        for (Map.Entry<String, String> f : form.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path, cookies).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder builder(String path, Map<String, String> cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((k, v) -> header.add(k + "=" + v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""),
                System.nanoTime() - start);
    }
}
