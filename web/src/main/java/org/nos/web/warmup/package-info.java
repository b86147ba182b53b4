/** Warms the JSON-RPC endpoint's HTTP path with real requests once the server serves them. */
package org.nos.web.warmup;
