/**
 * Resident self-registration: name, mobile number, resident ID number and the village of household
 * registration. The rules live in {@code org.jiuzhu.core.account.Registrations}; this feature is the form.
 */
package org.jiuzhu.portal.registration;
