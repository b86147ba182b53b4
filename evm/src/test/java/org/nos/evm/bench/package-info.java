/** The EVM benchmark harness: runs the cases of shared/conformance/benchmarks, checks them and reports Mgas/s. */
package org.nos.evm.bench;
