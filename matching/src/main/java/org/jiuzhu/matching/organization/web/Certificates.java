package org.jiuzhu.matching.organization.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import org.jiuzhu.matching.organization.persistence.OrganizationStore;

import java.io.ByteArrayInputStream;

/** Sends a certificate as an attachment of its recognised type, so a browser never renders it as a page. */
final class Certificates {

    private Certificates() {
    }

    static MutableHttpResponse<?> send(OrganizationStore.Certificate certificate) {
        MediaType type = MediaType.of(certificate.mediaType());
        String extension = type.getSubtype().equals("jpeg") ? "jpg" : type.getSubtype();
        return HttpResponse.ok(new StreamedFile(new ByteArrayInputStream(certificate.content()), type)
                .attach("certificate." + extension));
    }
}
