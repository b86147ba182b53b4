/** eth_call, eth_estimateGas, fees and debug traces against contracts/build/EventEmitter.json, through web3j. */
package org.nos.arquillian.calls;
