package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import org.jiuzhu.core.storage.Download;

/** Sends a stored file as an attachment, decrypted as it streams; the server closes the stream once it is sent. */
public final class Downloads {

    private Downloads() {
    }

    public static MutableHttpResponse<StreamedFile> ok(Download download) {
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(download.mediaType()),
                System.currentTimeMillis(), download.size()).attach(download.name()));
    }
}
