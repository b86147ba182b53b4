package org.nos.evm.block;

import java.math.BigInteger;
import java.util.Optional;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

/**
 * The rules a post-merge (Cancun) header must meet with respect to its parent, as pure functions. The values
 * that follow from formulas (the base fee of EIP-1559, the excess blob gas of EIP-4844) are computed by the
 * caller and passed in, so these rules only compare.
 */
public final class HeaderRules {
    /** The smallest gas limit a block may have. */
    public static final long MIN_GAS_LIMIT = 5000;
    /** A block's gas limit may move by less than parentGasLimit / this from its parent's. */
    public static final long GAS_LIMIT_BOUND_DIVISOR = 1024;
    /** The longest extra data a header may carry. */
    public static final int MAX_EXTRA_DATA = 32;

    private HeaderRules() {}

    /** The first rule {@code header} breaks as the child of {@code parent}, or empty when it is valid. */
    public static Optional<String> check(BlockHeader parent, BlockHeader header, BigInteger expectedBaseFee, long expectedExcessBlobGas) {
        return first(
                cancunFields(header),
                parentLink(parent, header),
                timestamp(parent.timestamp(), header.timestamp()),
                gasLimit(parent.gasLimit(), header.gasLimit()),
                gasUsed(header.gasUsed(), header.gasLimit()),
                proofOfStake(header),
                extraData(header.extraData().size()),
                baseFee(expectedBaseFee, header.baseFeePerGas()),
                excessBlobGas(expectedExcessBlobGas, header.excessBlobGas()));
    }

    /** The fields added by London, Shanghai and Cancun must all be present. */
    public static Optional<String> cancunFields(BlockHeader h) {
        if (h.baseFeePerGas() == null) return fail("missing base fee");
        if (h.withdrawalsRoot() == null) return fail("missing withdrawals root");
        if (h.blobGasUsed() == null) return fail("missing blob gas used");
        if (h.excessBlobGas() == null) return fail("missing excess blob gas");
        if (h.parentBeaconBlockRoot() == null) return fail("missing parent beacon block root");
        return ok();
    }

    public static Optional<String> parentLink(BlockHeader parent, BlockHeader header) {
        if (!header.parentHash().equals(parent.hash())) return fail("parent hash is not the parent's hash");
        if (header.number() != parent.number() + 1) return fail("block number " + header.number() + " does not follow " + parent.number());
        return ok();
    }

    public static Optional<String> timestamp(long parentTimestamp, long timestamp) {
        return Long.compareUnsigned(timestamp, parentTimestamp) > 0 ? ok() : fail("timestamp " + timestamp + " not after parent's " + parentTimestamp);
    }

    /** The limit may move by less than 1/1024 of the parent's and may not fall below 5000. */
    public static Optional<String> gasLimit(long parentGasLimit, long gasLimit) {
        if (gasLimit < MIN_GAS_LIMIT) return fail("gas limit " + gasLimit + " below " + MIN_GAS_LIMIT);
        long bound = parentGasLimit / GAS_LIMIT_BOUND_DIVISOR;
        if (Math.abs(gasLimit - parentGasLimit) >= bound) return fail("gas limit " + gasLimit + " moves too far from " + parentGasLimit);
        return ok();
    }

    public static Optional<String> gasUsed(long gasUsed, long gasLimit) {
        return gasUsed <= gasLimit ? ok() : fail("gas used " + gasUsed + " above gas limit " + gasLimit);
    }

    /** After the merge: difficulty 0, nonce 0, and the ommers hash of an empty list. */
    public static Optional<String> proofOfStake(BlockHeader h) {
        if (h.difficulty().signum() != 0) return fail("difficulty must be 0");
        if (!h.nonce().equals(BlockHeader.ZERO_NONCE)) return fail("nonce must be 0");
        if (!h.ommersHash().equals(Hash.EMPTY_LIST)) return fail("ommers hash must be that of an empty list");
        return ok();
    }

    public static Optional<String> extraData(int length) {
        return length <= MAX_EXTRA_DATA ? ok() : fail("extra data of " + length + " bytes, the limit is " + MAX_EXTRA_DATA);
    }

    public static Optional<String> baseFee(BigInteger expected, BigInteger actual) {
        return expected.equals(actual) ? ok() : fail("base fee " + actual + ", expected " + expected);
    }

    public static Optional<String> excessBlobGas(long expected, Long actual) {
        return actual != null && actual == expected ? ok() : fail("excess blob gas " + actual + ", expected " + expected);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> c : checks) if (c.isPresent()) return c;
        return ok();
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    private static Optional<String> fail(String reason) {
        return Optional.of(reason);
    }
}
