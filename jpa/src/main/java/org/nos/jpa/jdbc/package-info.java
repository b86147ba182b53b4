/** Plain JDBC on the NOS datasource for bulk rows, enlisted in the caller's JTA transaction. */
package org.nos.jpa.jdbc;
