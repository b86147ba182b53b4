package org.nos.evm.interpreter;

/** One opcode described as data: its byte, name, constant gas, stack inputs and outputs, and the EIP (if any) that introduced it. */
public record OpcodeInfo(int code, String name, long constantGas, int inputs, int outputs) {
    OpcodeInfo withGas(long gas) {
        return new OpcodeInfo(code, name, gas, inputs, outputs);
    }

    OpcodeInfo renamed(String newName) {
        return new OpcodeInfo(code, newName, constantGas, inputs, outputs);
    }
}
