/**
 * The application: one per household covering every category and special aid, filled in as a server-side draft
 * step by step, submitted once (idempotently), then moved through the stages of DOMAIN §4 by caseworkers, each
 * stage a timeline entry the resident reads. "One person, one record": a person can be in one open application only.
 * Uses {@code core.account}, {@code core.eligibility}, {@code core.privacy}, {@code core.region}, {@code core.audit}.
 */
package org.jiuzhu.core.application;
