/** eth_getLogs and log filters on events of contracts/build/EventEmitter.json, through web3j. */
package org.nos.arquillian.logs;
