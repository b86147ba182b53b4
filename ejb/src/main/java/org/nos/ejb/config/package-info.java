/** The node's settings: MicroProfile Config keys under {@code nos.*}, overridable by {@code NOS_*} environment variables. */
package org.nos.ejb.config;
