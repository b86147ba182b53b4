package org.nos.protocol.state;

import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpReader;

/**
 * An account as the state trie stores it, under {@code keccak256(address)}:
 * {@code rlp([nonce, balance, storageRoot, codeHash])}. The nonce is an unsigned 64-bit value (EIP-2681
 * caps it at 2^64-1): values above {@link Long#MAX_VALUE} are negative longs, compare them unsigned.
 */
public record AccountState(long nonce, Wei balance, Hash storageRoot, Hash codeHash) {
    /** An account that does not exist: nonce 0, no balance, no storage, no code. */
    public static final AccountState EMPTY = new AccountState(0, Wei.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY_CODE);

    public AccountState {
        if (balance == null || storageRoot == null || codeHash == null) throw new NullPointerException();
    }

    /** Empty in the EIP-161 sense: no nonce, no balance and no code (storage is not considered). */
    public boolean isEmpty() {
        return nonce == 0 && balance.isZero() && codeHash.equals(Hash.EMPTY_CODE);
    }

    public boolean hasCode() {
        return !codeHash.equals(Hash.EMPTY_CODE);
    }

    public AccountState withNonce(long newNonce) {
        return new AccountState(newNonce, balance, storageRoot, codeHash);
    }

    public AccountState withBalance(Wei newBalance) {
        return new AccountState(nonce, newBalance, storageRoot, codeHash);
    }

    public AccountState withStorageRoot(Hash newStorageRoot) {
        return new AccountState(nonce, balance, newStorageRoot, codeHash);
    }

    public AccountState withCodeHash(Hash newCodeHash) {
        return new AccountState(nonce, balance, storageRoot, newCodeHash);
    }

    /** {@code rlp([nonce, balance, storageRoot, codeHash])}. */
    public byte[] encode() {
        return Rlp.encodeList(Rlp.encodeLong(nonce), Rlp.encodeBigInteger(balance.toBigInteger()),
                Rlp.encode(storageRoot), Rlp.encode(codeHash));
    }

    /** Strictly decodes {@link #encode()}'s output. */
    public static AccountState decode(byte[] rlp) {
        RlpReader r = RlpReader.ofList(rlp);
        long nonce = r.readLongUnsigned();
        Wei balance = Wei.of(r.readBigInteger());
        Hash storageRoot = r.readHash();
        Hash codeHash = r.readHash();
        r.requireEnd();
        return new AccountState(nonce, balance, storageRoot, codeHash);
    }
}
