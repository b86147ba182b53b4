/** The transaction pool as pure logic: admission rules, per-sender nonce lanes, block selection and persistence port. */
package org.nos.rollup.txpool;
