/**
 * The resident's messages: the in-app side of the notification outbox ({@code org.jiuzhu.core.notification}), with
 * the unread count on the home page and "mark all read".
 */
package org.jiuzhu.portal.messages;
