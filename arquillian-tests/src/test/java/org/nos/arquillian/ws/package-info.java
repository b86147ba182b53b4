/** The WebSocket endpoint ws://host:8080/ws and its eth_subscribe subscriptions. */
package org.nos.arquillian.ws;
