/**
 * The watch lists: applicants refused within a year and households that left the rolls within two years, in the
 * actor's region ({@code org.jiuzhu.core.application.Watchlists}).
 */
package org.jiuzhu.admin.watch;
