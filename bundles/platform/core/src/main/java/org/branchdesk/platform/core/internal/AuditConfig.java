package org.branchdesk.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk audit log", description = "When audit entries reach the disk")
@interface AuditConfig {

    /** When the journal is forced to disk. */
    enum Sync {
        /** before the data an entry records is shown: nothing is lost, whatever the crash */
        EVERY_ENTRY,
        /** every quarter of a second: a crash of the runtime loses nothing, a crash of the machine up to the last 0.25 s */
        PERIODIC
    }

    @AttributeDefinition(description = "EVERY_ENTRY: each entry is on disk before the data it records is shown."
            + " PERIODIC: the journal is forced every 0.25 s; a crash of the runtime loses nothing, a crash of the"
            + " operating system or a power cut loses the entries of up to the last 0.25 s.")
    Sync sync() default Sync.EVERY_ENTRY;
}
