/**
 * Monitoring (线上大数据监测): the warning rules as data, the comparison of every imported department list with the
 * low-income database that applies them, and the pages where staff read warnings, settle them and (supervisors)
 * switch rules off. Implements {@code org.jiuzhu.admin.exchange.ListComparison}; uses the exchange area's root
 * package and the kernel's {@code core.monitoring}, {@code core.application.Rolls} and {@code core.chain}.
 */
package org.jiuzhu.admin.monitoring;
