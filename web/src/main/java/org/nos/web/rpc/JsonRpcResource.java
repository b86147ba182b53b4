package org.nos.web.rpc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The JSON-RPC endpoint: POST http://host:8080/ and its alias /rpc. Bad requests are answered with
 * JSON-RPC errors and HTTP 200; a request of notifications only gets HTTP 204. CORS preflights are
 * answered here too, so that browser wallets can connect.
 */
@ApplicationScoped
@Path("/")
public class JsonRpcResource {
    private static final String JSON = "application/json";

    @Inject
    JsonRpcDispatcher dispatcher;

    @Inject
    RpcSettings settings;

    @POST
    public Response call(InputStream body, @HeaderParam("Content-Length") String contentLength,
            @HeaderParam("Origin") String origin) {
        byte[] answer = dispatcher.dispatch(body, declaredLength(contentLength));
        Response.ResponseBuilder response = answer == null ? Response.noContent() : Response.ok(answer, JSON);
        return withCors(response, origin).build();
    }

    @POST
    @Path("rpc")
    public Response callRpc(InputStream body, @HeaderParam("Content-Length") String contentLength,
            @HeaderParam("Origin") String origin) {
        return call(body, contentLength, origin);
    }

    @OPTIONS
    public Response preflight(@HeaderParam("Origin") String origin,
            @HeaderParam("Access-Control-Request-Headers") String requestedHeaders) {
        return withCors(Response.noContent(), origin)
                .header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
                .header("Access-Control-Allow-Headers", requestedHeaders == null ? "Content-Type" : requestedHeaders)
                .header("Access-Control-Max-Age", "86400")
                .build();
    }

    @OPTIONS
    @Path("rpc")
    public Response preflightRpc(@HeaderParam("Origin") String origin,
            @HeaderParam("Access-Control-Request-Headers") String requestedHeaders) {
        return preflight(origin, requestedHeaders);
    }

    @GET
    public Response info(@HeaderParam("Origin") String origin) {
        return withCors(Response.ok("NOS JSON-RPC 2.0 endpoint: POST JSON requests to this URL or to /rpc.\n",
                "text/plain"), origin).build();
    }

    private Response.ResponseBuilder withCors(Response.ResponseBuilder response, String origin) {
        String allowed = settings.allowOrigin(origin);
        if (allowed == null) return response;
        response.header("Access-Control-Allow-Origin", allowed);
        return "*".equals(allowed) ? response : response.header("Vary", "Origin");
    }

    private static long declaredLength(String header) {
        if (header == null) return -1;
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
