package org.nos.ejb.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

class CallExecutorTest {
    static final Address ALICE = Address.fromHex("0x00000000000000000000000000000000000a11ce");
    static final Address BURNER = Address.fromHex("0x000000000000000000000000000000000000b0b0");
    static final Address CALLER = Address.fromHex("0x000000000000000000000000000000000000ca11");
    static final Address REVERTER = Address.fromHex("0x000000000000000000000000000000000000dead");
    static final Address READER = Address.fromHex("0x0000000000000000000000000000000000005100");
    static final Address EMPTY = Address.fromHex("0x000000000000000000000000000000000000e000");
    static final BlockContext BLOCK = new BlockContext(Address.fromHex("0x4200000000000000000000000000000000000011"), 5,
            1_000, 30_000_000, Wei.gwei(1), Hash.ZERO, Wei.of(1), 42213, n -> null);

    /** Loops {@code n} times (26 gas an iteration), then stops. */
    static Bytes burner(int n) {
        return Bytes.fromHex(String.format("0x61%04x5b600190038060035700", n));
    }

    /** CALLs {@code target} with all its gas; reverts when the call failed. */
    static Bytes callerOf(Address target) {
        return Bytes.fromHex("0x60006000600060006000" + "73" + target.toHex().substring(2) + "5af1602957600060" + "00fd5b00");
    }

    /** Reverts with Error("nope"). */
    static Bytes reverter() {
        String data = "08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000004"
                + "6e6f706500000000000000000000000000000000000000000000000000000000";
        return Bytes.fromHex("0x6064600c60003960646000fd" + data);
    }

    /** Returns storage slot 0. */
    static Bytes reader() {
        return Bytes.fromHex("0x60005460005260206000f3");
    }

    static InMemoryStateStore chain() {
        InMemoryStateStore store = InMemoryStateStore.empty();
        store.put(ALICE, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()));
        store.put(BURNER, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, burner(2000), Map.of()));
        store.put(CALLER, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, callerOf(BURNER), Map.of()));
        store.put(REVERTER, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, reverter(), Map.of()));
        store.put(READER, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, reader(), Map.of(Word.ZERO, Word.of(5))));
        return store;
    }

    final CallExecutor executor = new CallExecutor(EvmConfig.l2());

    CallResult run(StateStore store, CallRequest request, long gas) throws CallException {
        return executor.run(WorldState.over(store), BLOCK, request, gas, null);
    }

    @Test
    void chargesIntrinsicGasLikeGethsApplyMessage() throws CallException {
        CallResult r = run(chain(), CallRequest.of(ALICE, EMPTY, Bytes.EMPTY), 50_000_000);
        assertTrue(r.success());
        assertEquals(21_000, r.gasUsed());
        IntrinsicGasTooLowException e = assertThrows(IntrinsicGasTooLowException.class,
                () -> run(chain(), CallRequest.of(ALICE, EMPTY, Bytes.EMPTY), 20_999));
        assertEquals("err: intrinsic gas too low: have 20999, want 21000 (supplied gas 20999)", e.getMessage());
    }

    @Test
    void valueNeedsBalanceEvenAtZeroPrice() {
        CallRequest poor = new CallRequest(EMPTY, ALICE, null, null, null, null, Wei.of(1), null, null);
        CallException e = assertThrows(CallException.class, () -> run(chain(), poor, 100_000));
        assertEquals("err: insufficient funds for gas * price + value: address " + EMPTY.toChecksumHex()
                + " have 0 want 1 (supplied gas 100000)", e.getMessage());
    }

    @Test
    void feeCapBelowBaseFeeIsRejectedWhenFeesAreGiven() {
        CallRequest cheap = new CallRequest(ALICE, EMPTY, null, Wei.of(5), null, null, null, null, null);
        CallException e = assertThrows(CallException.class, () -> run(chain(), cheap, 100_000));
        assertTrue(e.getMessage().startsWith("err: max fee per gas less than block base fee: address "), e.getMessage());
    }

    @Test
    void revertCarriesTheDataAndTheDecodedReason() throws CallException {
        CallResult r = run(chain(), CallRequest.of(ALICE, REVERTER, Bytes.EMPTY), 100_000);
        assertTrue(r.reverted());
        ExecutionRevertedException e = new ExecutionRevertedException(r.output());
        assertEquals("execution reverted: nope", e.getMessage());
        assertEquals(100, e.data().size());
    }

    @Test
    void stateOverridesReplaceBalanceCodeAndStorage() throws CallException {
        InMemoryStateStore base = chain();
        CallRequest read = CallRequest.of(ALICE, READER, Bytes.EMPTY);
        assertEquals(Word.of(5), Word.fromBytes(run(base, read, 100_000).output().toArray()));
        StateOverrides state = new StateOverrides(Map.of(READER,
                new AccountOverride(null, null, null, Map.of(Word.ONE, Word.of(9)), null)));
        assertEquals(Word.ZERO, Word.fromBytes(run(OverriddenStateStore.over(base, state), read, 100_000).output().toArray()),
                "state replaces the whole storage");
        StateOverrides diff = new StateOverrides(Map.of(READER,
                new AccountOverride(null, null, null, null, Map.of(Word.ZERO, Word.of(7)))));
        assertEquals(Word.of(7), Word.fromBytes(run(OverriddenStateStore.over(base, diff), read, 100_000).output().toArray()));
        StateOverrides code = new StateOverrides(Map.of(EMPTY, new AccountOverride(Wei.ether(2), 3L, reader(),
                null, Map.of(Word.ZERO, Word.of(11)))));
        StateStore overridden = OverriddenStateStore.over(base, code);
        assertEquals(Word.of(11), Word.fromBytes(run(overridden, CallRequest.of(ALICE, EMPTY, Bytes.EMPTY), 100_000).output().toArray()));
        assertEquals(Wei.ether(2), overridden.account(EMPTY).balance());
        assertEquals(3, overridden.account(EMPTY).nonce());
        CallRequest rich = new CallRequest(EMPTY, ALICE, null, null, null, null, Wei.ether(1), null, null);
        assertTrue(run(overridden, rich, 100_000).success(), "the overridden balance pays the value");
    }

    @Test
    void bothStateAndStateDiffIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new AccountOverride(null, null, null, Map.of(), Map.of()));
    }

    @Test
    void outOfGasIsAFailureWithGethsText() throws CallException {
        CallResult r = run(chain(), CallRequest.of(ALICE, BURNER, Bytes.EMPTY), 30_000);
        assertFalse(r.success());
        assertFalse(r.reverted());
        assertEquals("out of gas", r.error());
    }
}
