/** The NOS genesis: its configuration, the prefunded dev accounts, and the genesis block header with its state root. */
package org.nos.rollup.genesis;
