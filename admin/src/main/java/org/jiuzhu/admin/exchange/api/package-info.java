/**
 * The exchange API for departments' own systems ({@code /api/v1/exchanges}), authenticated by the department's API
 * keys ({@code org.jiuzhu.admin.exchange.ApiKeys}); rows sent as JSON take the path of an uploaded file.
 */
package org.jiuzhu.admin.exchange.api;
