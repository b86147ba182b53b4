/** The interpreter (opcode table per fork, dispatch loop, stack, memory, frames, gas, jump destinations) and the compiler of its long loops to JVM bytecode. */
package org.nos.evm.interpreter;
