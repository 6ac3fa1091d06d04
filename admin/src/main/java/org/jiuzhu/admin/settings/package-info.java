/**
 * Regional settings as staff see and publish them: dibao standards, the marginal multiplier, asset limits and
 * the other thresholds, each version with the date it takes effect. Administrators and county approvers publish
 * for their own region; the rules that read the settings are {@code org.jiuzhu.core.eligibility}.
 */
package org.jiuzhu.admin.settings;
