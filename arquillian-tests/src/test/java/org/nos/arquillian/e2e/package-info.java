/** The ethers v6 script e2e/e2e.mjs, run by the build against the deployed EAR. */
package org.nos.arquillian.e2e;
