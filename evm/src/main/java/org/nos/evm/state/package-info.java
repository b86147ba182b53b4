/** The journaled world state over the {@link org.nos.evm.state.StateStore} port, and an in-memory store. */
package org.nos.evm.state;
