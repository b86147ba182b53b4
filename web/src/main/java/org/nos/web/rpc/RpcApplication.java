package org.nos.web.rpc;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of the root-context war: JSON-RPC answers on http://host:8080/ and http://host:8080/rpc. */
@ApplicationPath("/")
public class RpcApplication extends Application {
}
