/** The {@code web3_*} JSON-RPC methods. */
package org.nos.web.rpc.web3;
