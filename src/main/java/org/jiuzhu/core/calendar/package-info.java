/**
 * Working days for deadlines (工作日): Monday to Friday, less each year's public holidays and plus the weekend days
 * worked in exchange, as the State Council's yearly arrangement sets them ({@link org.jiuzhu.core.calendar.Arrangement},
 * configured per year in application.yml). Referral deadlines count here, and so will complaint deadlines. Uses
 * nothing.
 */
package org.jiuzhu.core.calendar;
