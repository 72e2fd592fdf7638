package org.branchdesk.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk database", description = "The one database every module's persistence unit uses. "
        + "Moving to a server database is a change of these values (and deploying that driver's DataSourceFactory bundle).")
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

    @AttributeDefinition(description = "Connections per persistence unit.")
    int maxConnections() default 10;
}
