/** The {@code net_*} JSON-RPC methods. */
package org.nos.web.rpc.net;
