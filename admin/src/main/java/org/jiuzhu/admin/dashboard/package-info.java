/**
 * The supervisors' dashboard: the region's figures (kernel {@code org.jiuzhu.core.report}) as tables, as charts drawn
 * by Apache ECharts from those tables, and as CSV downloads. {@code web} holds the page.
 */
package org.jiuzhu.admin.dashboard;
