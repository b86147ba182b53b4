package org.nos.rollup.txpool;

import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalLong;
import org.nos.evm.processor.IntrinsicGas;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.InvalidSignatureException;
import org.nos.protocol.tx.Transaction;
import org.nos.protocol.tx.TransactionType;

/**
 * The admission rules for a raw transaction from {@code eth_sendRawTransaction}, in geth's order: type, size,
 * strict decoding, replay protection, initcode size, block gas limit, tip against fee cap, chain id and signature,
 * intrinsic gas, price floor; then, against account state, nonce and balance. Stateless apart from its config.
 */
public final class TransactionValidator {
    private final PoolConfig config;

    public TransactionValidator(PoolConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public PoolConfig config() {
        return config;
    }

    /** Every rule: {@link #validateWithoutState} then {@link #validateAgainstState}. */
    public Transaction validate(byte[] raw, AccountView accounts) {
        Transaction tx = validateWithoutState(raw);
        validateAgainstState(tx, accounts);
        return tx;
    }

    /**
     * Decodes {@code raw} and checks what needs no state. The returned transaction's sender is recovered.
     *
     * @throws TxPoolException for the first rule broken
     */
    public Transaction validateWithoutState(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        checkTypeByte(raw);
        if (raw.length > config.maxTxSize()) {
            throw Rejection.OVERSIZED_DATA.exception("transaction size %d, limit %d", raw.length, config.maxTxSize());
        }
        Transaction tx = decode(raw);
        checkReplayProtection(tx);
        checkInitCodeSize(tx);
        if (tx.gasLimit() > config.blockGasLimit()) throw Rejection.EXCEEDS_BLOCK_GAS_LIMIT.exception();
        if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) throw Rejection.TIP_ABOVE_FEE_CAP.exception();
        checkSender(tx);
        long intrinsic = IntrinsicGas.of(tx);
        if (tx.gasLimit() < intrinsic) {
            throw Rejection.INTRINSIC_GAS_TOO_LOW.exception("gas %d, minimum needed %d", tx.gasLimit(), intrinsic);
        }
        checkPriceFloor(tx);
        return tx;
    }

    /**
     * Checks a transaction that passed {@link #validateWithoutState} against its sender's account: the nonce must
     * not be used yet and the balance must cover {@code gasLimit * maxFeePerGas + value}.
     */
    public void validateAgainstState(Transaction tx, AccountView accounts) {
        Address sender = tx.sender();
        long next = accounts.nonce(sender);
        if (tx.nonce() < next) throw Rejection.NONCE_TOO_LOW.exception("next nonce %d, tx nonce %d", next, tx.nonce());
        BigInteger balance = accounts.balance(sender).toBigInteger();
        BigInteger cost = costOf(tx);
        if (balance.compareTo(cost) < 0) {
            throw Rejection.INSUFFICIENT_FUNDS.exception("address %s have %s want %s", sender.toChecksumHex(),
                    balance, cost);
        }
    }

    /** The most a transaction can take from its sender: {@code gasLimit * maxFeePerGas + value}. */
    static BigInteger costOf(Transaction tx) {
        return tx.maxFeePerGas().toBigInteger().multiply(BigInteger.valueOf(tx.gasLimit()))
                .add(tx.value().toBigInteger());
    }

    private static void checkTypeByte(byte[] raw) {
        if (raw.length == 0) throw Rejection.MALFORMED.exception("empty transaction bytes");
        int first = raw[0] & 0xff;
        if (first >= 0x80) return;
        if (first == TransactionType.ACCESS_LIST.code() || first == TransactionType.DYNAMIC_FEE.code()) return;
        throw Rejection.TYPE_NOT_SUPPORTED.exception("tx type %d not supported by this pool", first);
    }

    private static Transaction decode(byte[] raw) {
        try {
            return Transaction.decode(raw);
        } catch (IllegalArgumentException e) {
            throw Rejection.MALFORMED.exception("%s", e.getMessage());
        }
    }

    private void checkReplayProtection(Transaction tx) {
        if (tx.chainId().isEmpty() && !config.allowUnprotected()) throw Rejection.UNPROTECTED.exception();
    }

    private void checkInitCodeSize(Transaction tx) {
        if (tx.isContractCreation() && tx.data().size() > config.maxInitcodeSize()) {
            throw Rejection.MAX_INITCODE_SIZE_EXCEEDED.exception("code size %d, limit %d", tx.data().size(),
                    config.maxInitcodeSize());
        }
    }

    private void checkSender(Transaction tx) {
        OptionalLong chainId = tx.chainId();
        if (chainId.isPresent() && chainId.getAsLong() != config.chainId()) {
            throw Rejection.INVALID_SENDER.exception("invalid chain id for signer: have %d want %d",
                    chainId.getAsLong(), config.chainId());
        }
        try {
            tx.sender();
        } catch (InvalidSignatureException e) {
            throw Rejection.INVALID_SENDER.exception("%s", e.getMessage());
        }
    }

    private void checkPriceFloor(Transaction tx) {
        Wei tip = tx.maxPriorityFeePerGas();
        if (tip.compareTo(config.minTip()) < 0) {
            throw Rejection.UNDERPRICED.exception("gas tip cap %s, minimum needed %s", tip, config.minTip());
        }
        Wei feeCap = tx.maxFeePerGas();
        if (feeCap.compareTo(config.minFeeCap()) < 0) {
            throw Rejection.UNDERPRICED.exception("gas fee cap %s, minimum needed %s", feeCap, config.minFeeCap());
        }
    }
}
