/** Transactions end to end on the real EAR: signing with web3j, pool rules, mining, fees, proofs, crash recovery. */
package org.nos.arquillian.sequencer;
