/** Tests of the block rules and executor. */
package org.nos.evm.block;
