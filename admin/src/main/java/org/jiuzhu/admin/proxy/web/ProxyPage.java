package org.jiuzhu.admin.proxy.web;

import java.util.List;

/** The officer's residents and the applications the officer prepares. */
public record ProxyPage(List<Resident> residents, List<Prepared> prepared, String errorKey) {

    public record Resident(long id, String name) {
    }

    public record Prepared(long id, String applicantName, String statusKey, String href) {
    }
}
