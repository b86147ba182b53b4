/** Blocks and their headers, as the Ethereum execution layer encodes and hashes them. */
package org.nos.protocol.block;
