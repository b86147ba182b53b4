package org.nos.protocol.tx;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/**
 * An OP-Stack deposit (type 0x7E), made by the rollup from an L1 event, never signed:
 * {@code 0x7E || rlp([sourceHash, from, to, mint, value, gas, isSystemTx, data])}. {@code mint} is credited to
 * {@code from} before execution; {@code sourceHash} makes every deposit unique (PROTOCOL.md §2).
 */
public final class DepositTransaction extends CachedTransaction implements Transaction {
    private final Hash sourceHash;
    private final Address from;
    private final Address to;
    private final Wei mint;
    private final Wei value;
    private final long gasLimit;
    private final boolean isSystemTx;
    private final Bytes data;

    public DepositTransaction(Hash sourceHash, Address from, Address to, Wei mint, Wei value, long gasLimit,
            boolean isSystemTx, Bytes data) {
        TxFields.checkCommon(0, gasLimit, value, data);
        this.sourceHash = Objects.requireNonNull(sourceHash, "sourceHash");
        this.from = Objects.requireNonNull(from, "from");
        this.to = to;
        this.mint = Objects.requireNonNull(mint, "mint");
        this.value = value;
        this.gasLimit = gasLimit;
        this.isSystemTx = isSystemTx;
        this.data = data;
    }

    static DepositTransaction decodePayload(RlpReader p) {
        Hash sourceHash = p.readHash();
        Address from = p.readAddress();
        Address to = p.readOptionalAddress();
        Wei mint = TxFields.readWei(p);
        Wei value = TxFields.readWei(p);
        long gas = p.readLongUnsigned();
        if (gas < 0) throw new RlpException("deposit gas does not fit in 63 bits");
        long system = p.readLong();
        if (system > 1) throw new RlpException("isSystemTx must be a boolean (0 or 1), got " + system);
        Bytes data = Bytes.wrap(p.readBytes());
        p.requireEnd();
        return new DepositTransaction(sourceHash, from, to, mint, value, gas, system == 1, data);
    }

    @Override
    byte[] computeEncoded() {
        return TxFields.typed(0x7E, Rlp.encodeList(Rlp.encode(sourceHash), Rlp.encode(from), TxFields.encodeTo(to),
                TxFields.encode(mint), TxFields.encode(value), Rlp.encodeLong(gasLimit),
                Rlp.encodeLong(isSystemTx ? 1 : 0), Rlp.encodeBytes(data)));
    }

    @Override
    Address computeSender() {
        return from;
    }

    @Override
    public TransactionType type() {
        return TransactionType.DEPOSIT;
    }

    public Hash sourceHash() {
        return sourceHash;
    }

    public Address from() {
        return from;
    }

    public Wei mint() {
        return mint;
    }

    public boolean isSystemTx() {
        return isSystemTx;
    }

    /** Always 0: deposits carry no nonce (receipts may carry the sender's nonce from Canyon on). */
    @Override
    public long nonce() {
        return 0;
    }

    @Override
    public long gasLimit() {
        return gasLimit;
    }

    @Override
    public Address to() {
        return to;
    }

    @Override
    public Wei value() {
        return value;
    }

    @Override
    public Bytes data() {
        return data;
    }

    @Override
    public List<AccessListEntry> accessList() {
        return List.of();
    }

    @Override
    public Wei maxFeePerGas() {
        return Wei.ZERO;
    }

    @Override
    public Wei maxPriorityFeePerGas() {
        return Wei.ZERO;
    }

    @Override
    public OptionalLong chainId() {
        return OptionalLong.empty();
    }
}
