/**
 * The application shell: start-up, the choice between the embedded demo mode and a configured database,
 * and the secrets the demo mode generates. Everything else lives in the kernel ({@code org.jiuzhu.core})
 * or in an area ({@code portal}, {@code matching}, {@code admin}).
 */
package org.jiuzhu;
