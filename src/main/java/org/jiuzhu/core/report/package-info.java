/**
 * Figures for supervisors (统计): counts and durations of a region's applications, warnings and referrals, read
 * straight from the tables of the application and monitoring features, read-only. {@link
 * org.jiuzhu.core.report.RegionFigures} is the API. Uses account (the actor's scope) and calendar.
 */
package org.jiuzhu.core.report;
