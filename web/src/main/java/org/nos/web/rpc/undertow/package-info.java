/** The JSON-RPC fast path: an Undertow handler in front of the servlet chain, installed by a ServletExtension. */
package org.nos.web.rpc.undertow;
