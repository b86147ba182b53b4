package org.nos.protocol.tx;

import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/** The EIP-2718 dispatch: a first byte of 0xc0 or more is a legacy RLP list; below 0x80 it is a type byte. */
final class TransactionDecoder {
    private TransactionDecoder() {}

    static Transaction decode(byte[] bytes) {
        if (bytes.length == 0) throw new RlpException("empty transaction bytes");
        int first = bytes[0] & 0xff;
        CachedTransaction tx;
        if (first >= 0xc0) {
            tx = LegacyTransaction.decodePayload(RlpReader.ofList(bytes));
        } else if (first >= 0x80) {
            throw new RlpException(String.format("not a transaction: first byte 0x%02x is neither a type nor a list", first));
        } else {
            RlpReader payload = RlpReader.ofList(java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
            tx = switch (first) {
                case 1 -> AccessListTransaction.decodePayload(payload);
                case 2 -> DynamicFeeTransaction.decodePayload(payload);
                case 3 -> BlobTransaction.decodePayload(payload);
                case 0x7E -> DepositTransaction.decodePayload(payload);
                default -> throw new IllegalArgumentException(
                        String.format("unsupported transaction type 0x%02x", first));
            };
        }
        tx.setEncoded(bytes.clone());
        return (Transaction) tx;
    }

    /** A block body holds legacy transactions as lists and typed ones as byte strings of their EIP-2718 bytes. */
    static Transaction decodeFromBlock(RlpReader body) {
        if (body.nextIsList()) return decode(body.readRaw());
        byte[] typed = body.readBytes();
        if (typed.length == 0 || (typed[0] & 0xff) >= 0x80) {
            throw new RlpException("a typed transaction in a block body must start with its type byte");
        }
        return decode(typed);
    }
}
