package org.nos.web.rpc.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.StoredLog;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.web.rpc.RpcException;

class LogCriteriaTest {
    static final String A = "0x00000000000000000000000000000000000000aa";
    static final String B = "0x00000000000000000000000000000000000000bb";
    static final String T1 = "0x" + "11".repeat(32);
    static final String T2 = "0x" + "22".repeat(32);
    static final String T3 = "0x" + "33".repeat(32);

    static StoredLog log(String address, String... topics) {
        return new StoredLog(Address.fromHex(address), java.util.Arrays.stream(topics).map(Hash::fromHex).toList(),
                Bytes.EMPTY, 7, Hash.ZERO, Hash.ZERO, 0, 0);
    }

    static LogCriteria parse(String json) throws Exception {
        return LogCriteria.parse(new ObjectMapper().readTree(json.replace('\'', '"')), 0);
    }

    @ParameterizedTest(name = "{0} matches log {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "{}                                   | A:T1       | true",
        "{'address':'A'}                      | A:T1       | true",
        "{'address':'B'}                      | A:T1       | false",
        "{'address':['B','A']}                | A:T1       | true",
        "{'topics':['T1']}                    | A:T1,T2    | true",
        "{'topics':['T2']}                    | A:T1,T2    | false",
        "{'topics':[null,'T2']}               | A:T1,T2    | true",
        "{'topics':[null,'T2']}               | A:T1       | false",
        "{'topics':[['T3','T1']]}             | A:T1       | true",
        "{'topics':[['T3','T2']]}             | A:T1       | false",
        "{'topics':[['T3',null]]}             | A:T1       | true",
        "{'topics':[null,null]}               | A:T1       | false",
        "{'topics':[]}                        | A:         | true",
        "{'topics':['T1',['T2','T3'],null]}   | A:T1,T3,T2 | true",
        "{'address':'A','topics':['T1']}      | B:T1       | false",
    })
    void matchingTable(String filter, String logSpec, boolean expected) throws Exception {
        String f = filter.replace("'A'", "'" + A + "'").replace("'B'", "'" + B + "'")
                .replace("'T1'", "'" + T1 + "'").replace("'T2'", "'" + T2 + "'").replace("'T3'", "'" + T3 + "'");
        String[] parts = logSpec.split(":", -1);
        String address = parts[0].equals("A") ? A : B;
        String[] topics = parts[1].isEmpty() ? new String[0]
                : java.util.Arrays.stream(parts[1].split(",")).map(t -> t.equals("T1") ? T1 : t.equals("T2") ? T2 : T3).toArray(String[]::new);
        assertEquals(expected, parse(f).matches(log(address, topics)));
    }

    @Test
    void boundsAndTags() throws Exception {
        LogCriteria c = parse("{'fromBlock':'0x5','toBlock':'latest'}");
        assertEquals(5L, c.fromBlock());
        assertNull(c.toBlock());
        assertEquals(0L, parse("{'fromBlock':'earliest'}").fromBlock());
        assertEquals(List.of(), parse("{}").addresses());
    }

    @Test
    void invalidFilters() {
        assertThrows(RpcException.class, () -> parse("{'blockHash':'" + T1 + "','fromBlock':'0x1'}"));
        assertThrows(RpcException.class, () -> parse("{'topics':['" + T1 + "','" + T1 + "','" + T1 + "','" + T1 + "','" + T1 + "']}"));
        assertThrows(RpcException.class, () -> parse("{'address':'0x12'}"));
        assertThrows(RpcException.class, () -> parse("{'topics':['0x12']}"));
    }

    @Test
    void rangeQueryChecks() throws Exception {
        assertEquals(-32602, assertThrows(RpcException.class,
                () -> LogSearch.rangeQuery(parse("{'fromBlock':'0x9','toBlock':'0x5'}"), 10, 100)).code());
        RpcException beyond = assertThrows(RpcException.class, () -> LogSearch.rangeQuery(parse("{'toBlock':'0xb'}"), 10, 100));
        assertEquals("block range extends beyond current head block", beyond.getMessage());
        RpcException wide = assertThrows(RpcException.class, () -> LogSearch.rangeQuery(parse("{'fromBlock':'0x0'}"), 10, 5));
        assertEquals("exceed maximum block range: 5", wide.getMessage());
        var q = LogSearch.rangeQuery(parse("{'fromBlock':'0x3'}"), 10, 100);
        assertEquals(3, q.fromBlock());
        assertEquals(10, q.toBlock());
    }
}
