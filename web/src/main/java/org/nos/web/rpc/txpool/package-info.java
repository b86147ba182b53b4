/** The txpool_ namespace. */
package org.nos.web.rpc.txpool;
