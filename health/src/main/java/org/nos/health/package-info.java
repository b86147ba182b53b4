/** Health checks of the node: liveness, readiness (database reachable, chain head advancing) and startup. */
package org.nos.health;
