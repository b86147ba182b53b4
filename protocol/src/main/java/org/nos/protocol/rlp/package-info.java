/** Recursive Length Prefix encoding: the encoder beside its strict decoder. */
package org.nos.protocol.rlp;
