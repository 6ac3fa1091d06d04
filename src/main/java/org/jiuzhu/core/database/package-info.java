/**
 * The product's database: the embedded MariaDB of the demo mode and the schema it starts with. Flyway owns
 * the schema itself ({@code db/migration}); this package only makes sure a server is there.
 */
package org.jiuzhu.core.database;
