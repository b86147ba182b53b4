/** The Ethereum hexary Merkle Patricia trie over a pluggable node store, its proofs, and the roots built from it. */
package org.nos.protocol.trie;
