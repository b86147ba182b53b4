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

    /**
     * Each filter against the block's bloom (whether eth_getLogs reads the block) and against the log itself (whether
     * the log is returned: from memory, for blocks whose rows are not yet written, and by the filters).
     */
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
    void theBlockIsReadAndTheLogMatchesAlike(String name, String addresses, String topic0, String topic1, boolean match) {
        LogQuery query = new LogQuery(0, 10, null, parse(addresses).stream().map(LogQueryTest::address).toList(),
                List.of(parse(topic0).stream().map(LogQueryTest::topic).toList(), parse(topic1).stream().map(LogQueryTest::topic).toList()));
        assertEquals(match, query.mightMatch(BLOCK), "the block is read");
        assertEquals(match, query.matches(TOKEN, List.of(TRANSFER, ALICE)), "the log matches");
    }

    /** geth's rule: a filter with more positions than the log has topics never matches it, wildcards included. */
    @ParameterizedTest(name = "a log with {0} topic(s) against [{1}]")
    @CsvSource(delimiter = '|', value = {
        "2 | any, any, ALICE | false",
        "3 | any, any, ALICE | true",
        "1 | any, any        | false",
        "2 | any, any        | true",
        "0 | ''              | true",
    })
    void aLogNeedsATopicAtEveryPositionOfTheFilter(int topicCount, String positions, boolean matches) {
        List<List<Hash>> topics = parse(positions).stream()
                .map(p -> p.strip().equals("any") ? List.<Hash>of() : List.of(topic(p.strip()))).toList();
        LogQuery query = new LogQuery(0, 10, null, List.of(), topics);
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
