package org.nos.web.rpc.undertow;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Installs {@link JsonRpcHandler} in front of the war's servlet chain when Undertow deploys it (registered in
 * META-INF/services/io.undertow.servlet.ServletExtension), so that JSON-RPC skips the servlet dispatch.
 */
public class JsonRpcExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        ClassLoader classLoader = deploymentInfo.getClassLoader();
        var deployment = ((ServletContextImpl) servletContext).getDeployment();
        deploymentInfo.addInitialHandlerChainWrapper(next -> new JsonRpcHandler(next, JsonRpcBeans.fromCdi(classLoader, deployment)));
    }
}
