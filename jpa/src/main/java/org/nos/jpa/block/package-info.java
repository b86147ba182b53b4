/** Sealed L2 blocks as stored rows: the header's RLP with its hash, number and timestamp for look-ups. */
package org.nos.jpa.block;
