/**
 * Emergency requests (急难社会救助): a short form anyone may send, without an account and whatever their household
 * registration, from where the emergency happened. It lands at that township, where a caseworker may pay a small
 * amount at once (小金额先行救助, recorded in the person's assistance chain) and completes the explanation afterwards,
 * or closes the request with a reason. Uses {@code core.account}, {@code core.region}, {@code core.privacy},
 * {@code core.chain}, {@code core.audit}, {@code core.notification}.
 */
package org.jiuzhu.core.emergency;
