package org.jiuzhu.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings in a wapiti JSON report: every entry under "vulnerabilities" and "anomalies" (wapiti lists the 500s
 * its payloads caused as "Internal Server Error" anomalies), named by category and wapiti's own words.
 */
final class WapitiReport {

    private WapitiReport() {
    }

    static List<String> findings(Path report, String who) throws IOException {
        List<String> findings = new ArrayList<>();
        if (!Files.exists(report)) {
            findings.add("wapiti " + who + ": no report written");
            return findings;
        }
        try (JsonParser p = new JsonFactory().createParser(report.toFile())) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.getCurrentName();
                p.nextToken();
                if (section.equals("vulnerabilities") || section.equals("anomalies")) {
                    readSection(p, who, findings);
                } else {
                    p.skipChildren();
                }
            }
        }
        return findings;
    }

    private static void readSection(JsonParser p, String who, List<String> findings) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String category = p.getCurrentName();
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String info = "";
                String path = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    p.nextToken();
                    if (field.equals("info")) {
                        info = p.getValueAsString("");
                    } else if (field.equals("path")) {
                        path = p.getValueAsString("");
                    } else {
                        p.skipChildren();
                    }
                }
                findings.add("wapiti " + who + ": " + category + " " + path + " " + info);
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("unexpected wapiti report: " + actual + " where " + expected + " belongs");
        }
    }
}
