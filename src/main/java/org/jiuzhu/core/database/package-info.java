/**
 * The product's database: the embedded MariaDB of the demo mode and the schema it starts with. Flyway owns
 * the schema itself ({@code db/migration}); this package makes sure a server is there, and gives hand-written stores
 * {@link org.jiuzhu.core.database.HexLiterals} for the long lists of person indexes they look up, and
 * {@link org.jiuzhu.core.database.Outages}, which tells the web layer an unavailable database from a defect.
 */
package org.jiuzhu.core.database;
