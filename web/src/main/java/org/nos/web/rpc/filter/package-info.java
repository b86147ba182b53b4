/** eth_getLogs and the polling filters (eth_newFilter, eth_getFilterChanges, …), fed by sealed-block events. */
package org.nos.web.rpc.filter;
