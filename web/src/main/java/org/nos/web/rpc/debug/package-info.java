/** debug_traceTransaction, debug_traceCall and debug_traceBlockBy*: geth's struct logger and callTracer. */
package org.nos.web.rpc.debug;
