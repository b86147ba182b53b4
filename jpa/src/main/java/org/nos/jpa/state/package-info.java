/** The state tables: flat accounts, storage and code of the head, and the trie nodes of every block. */
package org.nos.jpa.state;
