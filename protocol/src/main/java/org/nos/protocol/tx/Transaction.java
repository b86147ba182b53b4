package org.nos.protocol.tx;

import java.util.List;
import java.util.OptionalLong;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/**
 * A transaction of any type NOS accepts. Instances are immutable values; equal when their encodings are equal.
 * The encoding, the hash and the recovered sender are each computed once.
 *
 * <p>Fee views are uniform: {@link #maxFeePerGas()} and {@link #maxPriorityFeePerGas()} are both the gas price
 * for legacy and EIP-2930 transactions, and zero for deposits.
 */
public sealed interface Transaction
        permits LegacyTransaction, AccessListTransaction, DynamicFeeTransaction, BlobTransaction, DepositTransaction {

    TransactionType type();

    /** The sender's nonce; 0 for deposits, which have none. */
    long nonce();

    long gasLimit();

    /** The recipient, or null for a contract creation. */
    Address to();

    Wei value();

    Bytes data();

    /** The EIP-2930 access list; empty for legacy transactions and deposits. */
    List<AccessListEntry> accessList();

    Wei maxFeePerGas();

    Wei maxPriorityFeePerGas();

    /** The chain id the signature commits to; empty for pre-EIP-155 legacy transactions and for deposits. */
    OptionalLong chainId();

    /** The EIP-2718 encoding: the RLP list for legacy transactions, {@code type || rlp(payload)} otherwise. */
    byte[] encoded();

    /** keccak256 of {@link #encoded()}. */
    Hash hash();

    /**
     * Who sent it: recovered from the signature (once), or {@code from} for a deposit.
     *
     * @throws org.nos.protocol.crypto.InvalidSignatureException for a signature that is malformed, has a high s
     *     (EIP-2) or recovers no key
     */
    Address sender();

    default boolean isContractCreation() {
        return to() == null;
    }

    /** The price per gas paid at {@code baseFee}: {@code min(maxFeePerGas, baseFee + maxPriorityFeePerGas)}. */
    default Wei effectiveGasPrice(Wei baseFee) {
        Wei capped = baseFee.plus(maxPriorityFeePerGas());
        return capped.compareTo(maxFeePerGas()) < 0 ? capped : maxFeePerGas();
    }

    /**
     * Decodes EIP-2718 bytes strictly: canonical RLP only, no trailing bytes, a known type, valid {@code v} or
     * y-parity. Blob transactions are read in their plain form {@code 0x03 || rlp(payload)}, without blobs.
     *
     * @throws IllegalArgumentException (an {@link org.nos.protocol.rlp.RlpException} for malformed RLP) when the
     *     bytes are not a transaction
     */
    static Transaction decode(byte[] eip2718) {
        return TransactionDecoder.decode(eip2718);
    }

    /** Decodes a transaction as it appears in a block body: a list (legacy) or a byte string (typed). */
    static Transaction decodeFromBlock(org.nos.protocol.rlp.RlpReader body) {
        return TransactionDecoder.decodeFromBlock(body);
    }
}
