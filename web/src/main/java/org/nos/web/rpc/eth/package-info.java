/** The {@code eth_*} JSON-RPC methods and their DTOs. */
package org.nos.web.rpc.eth;
