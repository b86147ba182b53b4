/** Transactions: legacy, EIP-2930, EIP-1559, EIP-4844 and OP-Stack deposits (0x7E), their codecs and signing. */
package org.nos.protocol.tx;
