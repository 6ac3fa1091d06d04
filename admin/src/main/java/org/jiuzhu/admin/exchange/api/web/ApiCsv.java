package org.jiuzhu.admin.exchange.api.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jiuzhu.admin.exchange.Column;
import org.jiuzhu.admin.exchange.ListKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Rows sent as JSON written out as the kind's CSV template, so they take exactly the path of an uploaded file. */
final class ApiCsv {

    private ApiCsv() {
    }

    static byte[] of(ListKind kind, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(kind.columns().stream().map(Column::header).toList());
            for (Map<String, String> row : rows) {
                csv.printRecord(kind.columns().stream().map(c -> row == null ? "" : row.getOrDefault(c.key(), ""))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
