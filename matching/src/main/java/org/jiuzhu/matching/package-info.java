/**
 * Matching: connecting residents in need with charities and volunteers. This root package is the only API
 * other areas may use; its sub-packages (one per feature) are internal to the area. Lucene lives only in
 * its {@code search} sub-packages.
 * <p>
 * May use the kernel ({@code org.jiuzhu.core}).
 */
package org.jiuzhu.matching;
