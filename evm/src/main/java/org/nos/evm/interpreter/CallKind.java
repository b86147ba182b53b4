package org.nos.evm.interpreter;

/** How a frame was entered. */
public enum CallKind {
    CALL,
    CALLCODE,
    DELEGATECALL,
    STATICCALL,
    CREATE,
    CREATE2;

    public boolean isCreate() {
        return this == CREATE || this == CREATE2;
    }
}
