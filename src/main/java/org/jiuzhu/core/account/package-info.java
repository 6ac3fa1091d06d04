/**
 * Accounts, roles, region scope and login: resident self-registration, staff accounts created by
 * administrators and supervisors, Argon2id passwords, login throttling, and server-side sessions that logout
 * and password changes revoke. Uses {@code core.region}, {@code core.privacy}, {@code core.audit},
 * {@code core.form}; its {@code web} package holds the login pages and the token checks.
 */
package org.jiuzhu.core.account;
