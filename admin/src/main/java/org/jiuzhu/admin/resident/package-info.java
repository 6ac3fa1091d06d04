/**
 * Resident accounts as staff see them: only those in the staff member's region scope (enforced in the query),
 * with masked personal data; the full ID number only on an explicit, audited request.
 */
package org.jiuzhu.admin.resident;
