/**
 * The portal: the resident-facing pages, where residents run the self-check, apply for assistance, follow
 * the progress of their application and file complaints. One sub-package per feature.
 * <p>
 * May use the kernel ({@code org.jiuzhu.core}) and the root package {@code org.jiuzhu.matching} (never its
 * sub-packages); never the staff workbench ({@code org.jiuzhu.admin}).
 */
package org.jiuzhu.portal;
