/**
 * Complaints and reports (投诉举报) as the 12345 hotline handles them: received online (with or without an account,
 * anonymously if wished) or on the phone, dispatched to a township, county bureau or department, signed for or
 * returned, replied within 3 or 13 working days (see {@link org.jiuzhu.core.calendar.WorkingDays}), extended only
 * with a supervisor's approval, reminded and escalated, followed up and closed. {@link
 * org.jiuzhu.core.complaint.ConflictOfInterest} keeps complaints away from the offices and people they are about.
 * Uses accounts, regions, privacy, audit, notifications and storage of the kernel.
 */
package org.jiuzhu.core.complaint;
