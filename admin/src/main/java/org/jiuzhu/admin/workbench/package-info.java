/** The staff workbench: the entry page that lists what each role can do here, and nothing that does not exist. */
package org.jiuzhu.admin.workbench;
