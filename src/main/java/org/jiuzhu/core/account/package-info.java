/**
 * Accounts, roles, region scope and login: resident self-registration, staff accounts created by
 * administrators and supervisors, Argon2id passwords, login throttling, and server-side sessions that logout
 * and password changes revoke, and the display mode a person chose (standard or 长辈版), kept with the account. Uses {@code core.region}, {@code core.privacy}, {@code core.audit},
 * {@code core.form}, {@code core.chrome}; its {@code web} package holds the login pages, the display switch and the
 * token checks.
 */
package org.jiuzhu.core.account;
