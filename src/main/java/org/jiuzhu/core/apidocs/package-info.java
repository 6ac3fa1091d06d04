/**
 * The API documentation for staff: the OpenAPI document generated at compile time and Swagger UI, both served
 * from the application itself (no external scripts) under {@code /api/docs}. Uses only the web chrome.
 */
package org.jiuzhu.core.apidocs;
