/** The precompiled contracts at addresses 0x01 to 0x0a. */
package org.nos.evm.precompile;
