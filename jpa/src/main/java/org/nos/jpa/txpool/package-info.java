/** The persisted transaction pool: accepted raw transactions in arrival order. */
package org.nos.jpa.txpool;
