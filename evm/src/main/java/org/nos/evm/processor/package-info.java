/** Transaction validation and execution (Cancun rules, OP-Stack deposits), message calls and system calls. */
package org.nos.evm.processor;
