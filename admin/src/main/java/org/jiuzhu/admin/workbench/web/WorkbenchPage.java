package org.jiuzhu.admin.workbench.web;

import java.util.List;

/** The workbench: the role, the region and the links this role may follow. */
public record WorkbenchPage(String roleKey, String regionName, List<Link> links, String departmentKey) {

    public record Link(String href, String labelKey, String descriptionKey) {
    }
}
