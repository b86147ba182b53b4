/** Immutable value types of the protocol: bytes, addresses, hashes and amounts of wei. */
package org.nos.protocol.base;
