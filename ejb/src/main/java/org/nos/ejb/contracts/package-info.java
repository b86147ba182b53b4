/** The compiled contracts of {@code contracts/} that the node itself runs, read from the ejb jar. */
package org.nos.ejb.contracts;
