/** Small helpers shared by the matching area's pages (choices, checkbox groups); no controllers. */
package org.jiuzhu.matching.web;
