package org.nos.evm.interpreter;

/**
 * A contract's code compiled to JVM bytecode by {@link CodeCompiler}: one class per code and fork, whose one method
 * runs the frame from the pc it is at. It returns the same {@link Status} the interpreter would, having left the
 * frame as the interpreter would, or {@link Status#INTERPRET} with the frame at a segment boundary (pc, stack height
 * and gas exact) when the interpreter must take the next step: a segment whose gas or stack bounds do not hold (so
 * that the error is the interpreter's, opcode by opcode), an opcode undefined in the fork, or a pc it has no entry
 * for.
 */
abstract class CompiledCode {
    protected CompiledCode() {}

    abstract int run(Frame f, Operations ops, Cancellation cancellation);
}
