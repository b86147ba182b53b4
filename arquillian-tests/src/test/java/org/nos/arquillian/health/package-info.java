/** MicroProfile Health on the management port: live, ready, started, and DOWN when sealing stops. */
package org.nos.arquillian.health;
