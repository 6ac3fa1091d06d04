/**
 * Early warnings (监测预警, DOMAIN §3.8) as domain: the five kinds and how each is handled, levels, the reasons a
 * caseworker reads, raising without a second open warning for the same cause on the same person, outcomes per rule
 * (so a rule's precision shows), and the switches that turn a rule off. The rules themselves and the comparison that
 * applies them live with the department lists in {@code org.jiuzhu.admin.monitoring}. Uses {@code core.account},
 * {@code core.privacy} and {@code core.audit}.
 */
package org.jiuzhu.core.monitoring;
