package org.nos.evm.interpreter;

import org.nos.evm.Word;
import org.nos.protocol.base.Address;

/** A read-only view of a running frame, for tracers. */
public interface FrameView {
    int depth();

    Address address();

    long gas();

    int stackSize();

    /** The stack item {@code i} places below the top (0 = top). */
    Word stackItem(int i);

    int memorySize();

    byte[] memory(long offset, long length);

    byte[] returnData();
}
