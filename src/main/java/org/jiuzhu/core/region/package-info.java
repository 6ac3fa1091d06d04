/**
 * Administrative divisions (province, city, county, township, village) and region scope: every staff account
 * sees only records in its region and below. Scope is a code-prefix match that queries apply in SQL.
 * Uses only the JDK and its own persistence package.
 */
package org.jiuzhu.core.region;
