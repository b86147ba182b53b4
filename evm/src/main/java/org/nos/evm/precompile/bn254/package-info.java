/** The bn254 (alt_bn128) curve of EIP-196/197: its field tower, G1, G2 and the optimal ate pairing. */
package org.nos.evm.precompile.bn254;
