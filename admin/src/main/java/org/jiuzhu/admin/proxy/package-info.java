/**
 * Proxy applications (帮办): a village assistance officer prepares an application for a resident of their village.
 * The pages of the application itself are the residents' ones; this feature is the officer's starting point.
 * Uses org.jiuzhu.core.application and core.account.
 */
package org.jiuzhu.admin.proxy;
