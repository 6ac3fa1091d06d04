/**
 * How often one network address may send the forms anyone can send without an account: a resident's or a charity's
 * registration, an emergency request, a complaint, an objection to a publicity listing; and how many logins may fail
 * from it. Counted in memory only, so nothing links an address to an anonymous complaint, not even a keyed hash in
 * the database.
 * <p>
 * Uses nothing outside the JDK and Micronaut's configuration; the web chrome turns a refusal into its page.
 */
package org.jiuzhu.core.limit;
