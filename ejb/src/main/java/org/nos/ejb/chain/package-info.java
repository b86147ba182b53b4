/** The sealed chain as the rest of the node reads it: blocks, the in-memory head, queries by number and hash. */
package org.nos.ejb.chain;
