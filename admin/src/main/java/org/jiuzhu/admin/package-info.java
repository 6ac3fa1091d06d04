/**
 * The staff workbench: the pages of caseworkers, departments, supervisors and administrators, who review
 * applications, handle complaints and manage accounts. One sub-package per feature.
 * <p>
 * May use the kernel ({@code org.jiuzhu.core}) and the root package {@code org.jiuzhu.matching} (never its
 * sub-packages); never the resident-facing portal ({@code org.jiuzhu.portal}).
 */
package org.jiuzhu.admin;
