/** World-state values: accounts as the state trie stores them. */
package org.nos.protocol.state;
