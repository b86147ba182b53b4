/** Block sealing seen from outside: exact timestamps, hash chaining, continuation across restarts. */
package org.nos.arquillian.chain;
