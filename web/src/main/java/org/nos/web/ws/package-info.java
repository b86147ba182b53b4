/** JSON-RPC over WebSocket at ws://host:8080/ws: every method, plus eth_subscribe/eth_unsubscribe. */
package org.nos.web.ws;
