/**
 * Working days for deadlines (工作日). Today Monday to Friday; the table of public holidays and make-up working days
 * per year comes with the complaints workflow, and every deadline counted here follows it then. Uses nothing.
 */
package org.jiuzhu.core.calendar;
