package org.nos.protocol.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/** An event emitted by LOG0..LOG4: {@code rlp([address, [topic, ...], data])}. */
public record Log(Address address, List<Hash> topics, Bytes data) {
    public Log {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(data, "data");
        topics = List.copyOf(topics);
        if (topics.size() > 4) throw new IllegalArgumentException("a log has at most 4 topics");
    }

    public byte[] encode() {
        byte[][] t = new byte[topics.size()][];
        for (int i = 0; i < t.length; i++) t[i] = Rlp.encode(topics.get(i));
        return Rlp.encodeList(Rlp.encode(address), Rlp.encodeList(t), Rlp.encodeBytes(data));
    }

    /** Reads one log from the reader's next item. */
    public static Log decode(RlpReader reader) {
        RlpReader r = reader.readList();
        Address address = r.readAddress();
        RlpReader t = r.readList();
        List<Hash> topics = new ArrayList<>();
        while (t.hasNext()) topics.add(t.readHash());
        if (topics.size() > 4) throw new RlpException("a log has at most 4 topics");
        Bytes data = Bytes.wrap(r.readBytes());
        r.requireEnd();
        return new Log(address, topics, data);
    }

    /** The RLP list of {@code logs}. */
    public static byte[] encodeAll(List<Log> logs) {
        byte[][] items = new byte[logs.size()][];
        for (int i = 0; i < items.length; i++) items[i] = logs.get(i).encode();
        return Rlp.encodeList(items);
    }

    /** Reads a list of logs from the reader's next item. */
    public static List<Log> decodeAll(RlpReader reader) {
        RlpReader list = reader.readList();
        List<Log> logs = new ArrayList<>();
        while (list.hasNext()) logs.add(decode(list));
        return List.copyOf(logs);
    }

    /** {@code keccak256(rlp(logs))}: what the state tests' {@code logs} field holds. */
    public static Hash logsHash(List<Log> logs) {
        return Hash.keccak(encodeAll(logs));
    }
}
