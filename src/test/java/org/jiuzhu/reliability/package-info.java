/**
 * The reliability runs of docs/RELIABILITY.md: the product started as production starts it, in a JVM of its own
 * against a MariaDB server of the harness's, then loaded, killed, locked, soaked and scanned, with a client-side ledger
 * reconciled against the database and a summary table at the end. Not a test class: {@link
 * org.jiuzhu.reliability.Reliability#main} runs last in {@code ./mvnw test} and fails the build when a check fails.
 * It may use any test fixture and the product's services to prepare data, and talks to the product over HTTP on
 * 127.0.0.1 only.
 */
package org.jiuzhu.reliability;
