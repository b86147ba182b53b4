/** Chain rules that vary by chain and fork: the fork list, chain configuration, EIP-1559 and EIP-4844 fee rules. */
package org.nos.protocol.chain;
