package org.nos.evm.interpreter;

/**
 * The EIPs that changed the EVM, each a small delta on the opcode table (new opcodes, new constant gas) applied in
 * order on top of the Frontier table. Rules that are not table changes (refunds, warm/cold pricing, SELFDESTRUCT
 * semantics) are read from {@link Fork#has(Eip)} by the code that implements them.
 */
public enum Eip {
    EIP_2_HOMESTEAD(Fork.HOMESTEAD),
    EIP_7_DELEGATECALL(Fork.HOMESTEAD),
    EIP_150_GAS_REPRICING(Fork.TANGERINE_WHISTLE),
    EIP_160_EXP_COST(Fork.SPURIOUS_DRAGON),
    EIP_161_STATE_CLEARING(Fork.SPURIOUS_DRAGON),
    EIP_170_CODE_SIZE_LIMIT(Fork.SPURIOUS_DRAGON),
    EIP_140_REVERT(Fork.BYZANTIUM),
    EIP_211_RETURNDATA(Fork.BYZANTIUM),
    EIP_214_STATICCALL(Fork.BYZANTIUM),
    EIP_145_BITWISE_SHIFTS(Fork.CONSTANTINOPLE),
    EIP_1014_CREATE2(Fork.CONSTANTINOPLE),
    EIP_1052_EXTCODEHASH(Fork.CONSTANTINOPLE),
    EIP_1344_CHAINID(Fork.ISTANBUL),
    EIP_1884_REPRICING(Fork.ISTANBUL),
    EIP_2200_SSTORE(Fork.ISTANBUL),
    EIP_2929_ACCESS_LISTS(Fork.BERLIN),
    EIP_3198_BASEFEE(Fork.LONDON),
    EIP_3529_REFUNDS(Fork.LONDON),
    EIP_3541_REJECT_EF(Fork.LONDON),
    EIP_4399_PREVRANDAO(Fork.PARIS),
    EIP_3651_WARM_COINBASE(Fork.SHANGHAI),
    EIP_3855_PUSH0(Fork.SHANGHAI),
    EIP_3860_INITCODE_LIMIT(Fork.SHANGHAI),
    EIP_1153_TRANSIENT_STORAGE(Fork.CANCUN),
    EIP_4844_BLOBHASH(Fork.CANCUN),
    EIP_5656_MCOPY(Fork.CANCUN),
    EIP_6780_SELFDESTRUCT(Fork.CANCUN),
    EIP_7516_BLOBBASEFEE(Fork.CANCUN);

    private final Fork fork;

    Eip(Fork fork) {
        this.fork = fork;
    }

    public Fork fork() {
        return fork;
    }
}
