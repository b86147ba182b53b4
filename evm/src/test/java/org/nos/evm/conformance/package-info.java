/** The Ethereum state and blockchain test suites run against our EVM, with a pass/fail table per category. */
package org.nos.evm.conformance;
