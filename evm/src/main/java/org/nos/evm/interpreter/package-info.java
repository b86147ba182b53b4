/** The interpreter (opcode table per fork, dispatch loop, frames, gas) and the compiler of its long loops. */
package org.nos.evm.interpreter;
