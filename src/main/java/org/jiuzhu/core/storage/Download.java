package org.jiuzhu.core.storage;

import java.io.InputStream;

/**
 * A stored file on its way to a reader who was allowed it: the content as it was uploaded (decrypted), its size, type
 * and the name it is offered under. Whoever takes it closes {@code content}.
 */
public record Download(InputStream content, long size, String mediaType, String name) {
}
