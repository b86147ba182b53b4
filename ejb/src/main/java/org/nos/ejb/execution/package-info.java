/** eth_call, eth_estimateGas and the debug tracers: messages run on the state of any block, with state overrides. */
package org.nos.ejb.execution;
