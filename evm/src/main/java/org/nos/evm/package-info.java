/** The EVM's configuration and its 256-bit value type; the engine lives in the sub-packages. */
package org.nos.evm;
