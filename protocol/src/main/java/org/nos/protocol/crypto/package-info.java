/** Hashing and signatures: Keccak-256 and secp256k1. */
package org.nos.protocol.crypto;
