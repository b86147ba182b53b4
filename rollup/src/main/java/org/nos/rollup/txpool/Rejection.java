package org.nos.rollup.txpool;

/**
 * Why the pool refused a transaction, each with go-ethereum's error text: wallets and tools match these prefixes,
 * so they must not change. Details, when any, follow the text after {@code ": "} as geth writes them.
 */
public enum Rejection {
    /** Bytes that are not a strictly encoded transaction; the decoder's reason follows, as geth's "rlp: ...". */
    MALFORMED("rlp"),
    ALREADY_KNOWN("already known"),
    TYPE_NOT_SUPPORTED("transaction type not supported"),
    OVERSIZED_DATA("oversized data"),
    MAX_INITCODE_SIZE_EXCEEDED("max initcode size exceeded"),
    EXCEEDS_BLOCK_GAS_LIMIT("exceeds block gas limit"),
    TIP_ABOVE_FEE_CAP("max priority fee per gas higher than max fee per gas"),
    UNPROTECTED("only replay-protected (EIP-155) transactions allowed over RPC"),
    INVALID_SENDER("invalid sender"),
    INTRINSIC_GAS_TOO_LOW("intrinsic gas too low"),
    UNDERPRICED("transaction underpriced"),
    NONCE_TOO_LOW("nonce too low"),
    NONCE_TOO_HIGH("nonce too high"),
    INSUFFICIENT_FUNDS("insufficient funds for gas * price + value"),
    REPLACEMENT_UNDERPRICED("replacement transaction underpriced"),
    ACCOUNT_LIMIT_EXCEEDED("account limit exceeded"),
    POOL_FULL("txpool is full");

    private final String text;

    Rejection(String text) {
        this.text = text;
    }

    /** geth's error text, the prefix of every message for this reason. */
    public String text() {
        return text;
    }

    TxPoolException exception() {
        return new TxPoolException(this, text);
    }

    TxPoolException exception(String detailFormat, Object... args) {
        return new TxPoolException(this, text + ": " + String.format(detailFormat, args));
    }
}
