/**
 * The embedded demo mode's data: a fictional region tree (province code 99, which GB/T 2260 does not assign) with
 * one account per role and two public notices, created through the real services on first start, with generated
 * passwords printed once and kept in the data folder. Never runs when a database URL is configured.
 */
package org.jiuzhu.core.demo;
