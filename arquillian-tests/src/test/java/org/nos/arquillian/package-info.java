/** Black-box tests of the real EAR on the provisioned WildFly, and their HTTP helpers. */
package org.nos.arquillian;
