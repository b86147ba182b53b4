/** The transaction pool as a service: admission persisted with the accept, restore at start, block selection. */
package org.nos.ejb.txpool;
