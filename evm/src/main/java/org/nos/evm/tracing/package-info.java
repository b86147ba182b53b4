/** Execution hooks (per opcode, per call frame) for debug tracers; absent tracers cost nothing. */
package org.nos.evm.tracing;
