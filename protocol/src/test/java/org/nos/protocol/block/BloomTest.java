package org.nos.protocol.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.crypto.Keccak256;

class BloomTest {
    /** The Yellow Paper's M3:2048 written independently: the bloom as a 2048-bit big-endian integer. */
    private static BigInteger reference(byte[]... values) {
        BigInteger bloom = BigInteger.ZERO;
        for (byte[] value : values) {
            byte[] h = Keccak256.hash(value);
            for (int i = 0; i < 6; i += 2) bloom = bloom.setBit(((h[i] & 0xff) * 256 + (h[i + 1] & 0xff)) % 2048);
        }
        return bloom;
    }

    @Test
    void bitsMatchTheDefinition() {
        Address address = Address.fromHex("0x095e7baea6a6c7c4c2dfeb977efac326af552d87");
        Hash topic = Hash.keccak("Transfer(address,address,uint256)".getBytes());
        Bloom bloom = Bloom.fromLogs(List.of(new Log(address, List.of(topic), Bytes.EMPTY)));
        assertEquals(reference(address.toArray(), topic.toArray()), new BigInteger(1, bloom.toArray()));
        assertTrue(bloom.mightContain(address));
        assertTrue(bloom.mightContain(topic));
        assertFalse(bloom.mightContain(Address.ZERO));
        assertEquals(Bloom.EMPTY, Bloom.fromLogs(List.of()));
    }

    @Test
    void orIsTheUnion() {
        Address a = Address.fromHex("0x1111111111111111111111111111111111111111");
        Address b = Address.fromHex("0x2222222222222222222222222222222222222222");
        Bloom union = Bloom.EMPTY.with(a.toArray()).or(Bloom.EMPTY.with(b.toArray()));
        assertEquals(reference(a.toArray(), b.toArray()), new BigInteger(1, union.toArray()));
        assertEquals(union, Bloom.of(union.toBytes()));
    }
}
