/** The JSON-RPC endpoint seen by real clients: web3j, raw HTTP, bad input, CORS. */
package org.nos.arquillian.rpc;
