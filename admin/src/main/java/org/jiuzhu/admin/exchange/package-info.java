/**
 * Department data exchange (数据交换): the kinds of list each department hands over, their templates, uploads of
 * CSV (UTF-8 or GB18030) and XLSX read as streams, every row checked with a report of the refused ones, the same
 * file never applied twice, and imports run as jobs that survive a restart. Accepted rows keep the person by the
 * province-wide person index with everything else encrypted. The comparison with the low-income database reads
 * them through this package. May use the kernel.
 */
package org.jiuzhu.admin.exchange;
