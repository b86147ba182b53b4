/** The interpreter: opcode table per fork, dispatch loop, stack, memory, frames, gas and jump-destination analysis. */
package org.nos.evm.interpreter;
