/** JSON-RPC 2.0 over HTTP: the endpoint, the dispatcher, the method registry, parameters, errors and hex quantities. */
package org.nos.web.rpc;
