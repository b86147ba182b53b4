package org.nos.ejb.execution;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.block.Log;

/**
 * What a call did: {@code success}, or {@code reverted} (REVERT, {@code output} the revert data), or an exceptional
 * halt named by {@code error} (geth's text). {@code gasUsed} includes the intrinsic gas and is net of the refund,
 * as a receipt's; {@code refunded} is that refund.
 */
public record CallResult(boolean success, boolean reverted, String error, long gasUsed, long refunded, Bytes output,
        Address createdAddress, List<Log> logs) {

    public CallResult {
        logs = List.copyOf(logs);
    }
}
