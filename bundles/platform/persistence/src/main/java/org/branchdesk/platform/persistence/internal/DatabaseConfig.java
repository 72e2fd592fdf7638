package org.branchdesk.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk database", description = "The one database every module's persistence unit uses. "
        + "Embedded Derby by default; PostgreSQL (its driver ships with every tier) by setting url, user, password and "
        + "DataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver).")
@interface DatabaseConfig {

    @AttributeDefinition(description = "JDBC URL. Empty: embedded Derby in <data>/derby, where <data> is the framework "
            + "property branchdesk.data (set by the launcher's --data).")
    String url() default "";

    @AttributeDefinition(description = "Database user; empty for embedded Derby.")
    String user() default "";

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD, description = "Database password.")
    String password() default "";

    @AttributeDefinition(description = "Selects the JDBC driver's DataSourceFactory service.")
    String DataSourceFactory_target() default "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)";

    @AttributeDefinition(description = "Connections per persistence unit (each module has one): on a server database "
            + "its max_connections must cover runtimes x units x this, plus room for backups and reports.")
    int maxConnections() default 10;
}
