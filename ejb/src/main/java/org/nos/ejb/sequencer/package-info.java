/** The sequencer: decides when blocks are due, builds them and seals each in one JTA transaction. */
package org.nos.ejb.sequencer;
