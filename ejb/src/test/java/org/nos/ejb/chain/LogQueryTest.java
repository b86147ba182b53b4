package org.nos.ejb.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Bloom;
import org.nos.protocol.block.Log;

/** Which blocks eth_getLogs reads: those whose bloom may hold a log the filter matches. */
class LogQueryTest {
    private static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000000aa");
    private static final Address OTHER = Address.fromHex("0x00000000000000000000000000000000000000bb");
    private static final Hash TRANSFER = Hash.keccak("Transfer(address,address,uint256)".getBytes());
    private static final Hash APPROVAL = Hash.keccak("Approval(address,address,uint256)".getBytes());
    private static final Hash ALICE = Hash.fromHex("0x000000000000000000000000000000000000000000000000000000000000a11c");
    /** A block with one log: TOKEN emitted Transfer from ALICE. */
    private static final Bloom BLOCK = Bloom.fromLogs(List.of(new Log(TOKEN, List.of(TRANSFER, ALICE), Bytes.EMPTY)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "any log                          | ''           | ''                | ''    | true",
        "its address                      | TOKEN        | ''                | ''    | true",
        "another address                  | OTHER        | ''                | ''    | false",
        "either address                   | OTHER,TOKEN  | ''                | ''    | true",
        "its event                        | ''           | TRANSFER          | ''    | true",
        "another event                    | ''           | APPROVAL          | ''    | false",
        "either event                     | ''           | APPROVAL,TRANSFER | ''    | true",
        "its event, its sender            | TOKEN        | TRANSFER          | ALICE | true",
        "its event, the sender as topic 1 | TOKEN        | TRANSFER          | TOKEN | false",
        "wildcard topic 0, its sender     | ''           | ''                | ALICE | true",
    })
    void aBlockIsReadOnlyWhenItsBloomMayMatch(String name, String addresses, String topic0, String topic1, boolean read) {
        LogQuery query = new LogQuery(0, 10, null, parse(addresses).stream().map(LogQueryTest::address).toList(),
                List.of(parse(topic0).stream().map(LogQueryTest::topic).toList(), parse(topic1).stream().map(LogQueryTest::topic).toList()));
        assertEquals(read, query.mightMatch(BLOCK));
    }

    /** The same filters against the log itself: what eth_getLogs returns from blocks whose rows are not written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "any log                          | ''           | ''                | ''    | true",
        "its address                      | TOKEN        | ''                | ''    | true",
        "another address                  | OTHER        | ''                | ''    | false",
        "either address                   | OTHER,TOKEN  | ''                | ''    | true",
        "its event                        | ''           | TRANSFER          | ''    | true",
        "another event                    | ''           | APPROVAL          | ''    | false",
        "either event                     | ''           | APPROVAL,TRANSFER | ''    | true",
        "its event, its sender            | TOKEN        | TRANSFER          | ALICE | true",
        "its event, the sender as topic 1 | TOKEN        | TRANSFER          | TOKEN | false",
        "wildcard topic 0, its sender     | ''           | ''                | ALICE | true",
    })
    void aLogMatchesWhenAddressAndEachTopicSetMatch(String name, String addresses, String topic0, String topic1,
            boolean matches) {
        LogQuery query = new LogQuery(0, 10, null, parse(addresses).stream().map(LogQueryTest::address).toList(),
                List.of(parse(topic0).stream().map(LogQueryTest::topic).toList(), parse(topic1).stream().map(LogQueryTest::topic).toList()));
        assertEquals(matches, query.matches(TOKEN, List.of(TRANSFER, ALICE)));
    }

    @ParameterizedTest(name = "a log with {0} topic(s) against a filter on topic 2")
    @CsvSource({"2, false", "3, true"})
    void aTopicSetNeedsATopicAtItsPosition(int topicCount, boolean matches) {
        LogQuery query = new LogQuery(0, 10, null, List.of(), List.of(List.of(), List.of(), List.of(ALICE)));
        assertEquals(matches, query.matches(TOKEN, List.of(TRANSFER, ALICE, ALICE).subList(0, topicCount)));
    }

    @ParameterizedTest(name = "a block without logs is never read ({0})")
    @CsvSource({"''", "TOKEN"})
    void aBlockWithoutLogsIsNeverRead(String addresses) {
        LogQuery query = new LogQuery(0, 10, null, parse(addresses).stream().map(LogQueryTest::address).toList(), List.of());
        assertEquals(false, query.mightMatch(Bloom.EMPTY));
    }

    private static List<String> parse(String names) {
        return names.isBlank() ? List.of() : List.of(names.split(","));
    }

    private static Address address(String name) {
        return name.equals("TOKEN") ? TOKEN : OTHER;
    }

    private static Hash topic(String name) {
        return switch (name) {
            case "TRANSFER" -> TRANSFER;
            case "APPROVAL" -> APPROVAL;
            case "ALICE" -> ALICE;
            default -> Hash.fromHex("0x000000000000000000000000" + address(name).toHex().substring(2));
        };
    }
}
