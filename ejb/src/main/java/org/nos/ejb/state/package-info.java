/** The world state: the head in memory, history through the trie node store, EIP-1186 proofs. */
package org.nos.ejb.state;
