/** Sealed transactions with their receipts, and their logs indexed for eth_getLogs. */
package org.nos.jpa.tx;
