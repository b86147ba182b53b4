package org.nos.protocol.block;

import java.math.BigInteger;
import java.util.Objects;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpReader;

/**
 * An EIP-4895 withdrawal: {@code rlp([index, validatorIndex, address, amount])}, the amount in gwei. The three
 * numbers are unsigned 64-bit values held in longs (read them with {@link Long#toUnsignedString}).
 */
public record Withdrawal(long index, long validatorIndex, Address address, long amountGwei) {
    private static final BigInteger WEI_PER_GWEI = BigInteger.valueOf(1_000_000_000L);

    public Withdrawal {
        Objects.requireNonNull(address, "address");
    }

    /** The amount in wei: the unsigned gwei amount times 10^9. */
    public Wei amount() {
        return Wei.of(new BigInteger(Long.toUnsignedString(amountGwei)).multiply(WEI_PER_GWEI));
    }

    public byte[] encode() {
        return Rlp.encodeList(Rlp.encodeLong(index), Rlp.encodeLong(validatorIndex), Rlp.encode(address),
                Rlp.encodeLong(amountGwei));
    }

    /** Reads one withdrawal from the reader's next item. */
    public static Withdrawal decode(RlpReader reader) {
        RlpReader r = reader.readList();
        Withdrawal w = new Withdrawal(r.readLongUnsigned(), r.readLongUnsigned(), r.readAddress(), r.readLongUnsigned());
        r.requireEnd();
        return w;
    }

    public static Withdrawal decode(byte[] rlp) {
        RlpReader top = RlpReader.of(rlp);
        Withdrawal w = decode(top);
        top.requireEnd();
        return w;
    }
}
