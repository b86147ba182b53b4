package org.nos.ejb.execution;

import java.util.Map;
import org.nos.evm.Word;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;

/**
 * One account of geth's {@code stateOverride}: each field null when not overridden. {@code state} replaces the
 * whole storage (unlisted slots read zero); {@code stateDiff} changes only the listed slots. At most one of them.
 */
public record AccountOverride(Wei balance, Long nonce, Bytes code, Map<Word, Word> state, Map<Word, Word> stateDiff) {

    public AccountOverride {
        if (state != null && stateDiff != null) {
            throw new IllegalArgumentException("has both 'state' and 'stateDiff'");
        }
        state = state == null ? null : Map.copyOf(state);
        stateDiff = stateDiff == null ? null : Map.copyOf(stateDiff);
    }
}
