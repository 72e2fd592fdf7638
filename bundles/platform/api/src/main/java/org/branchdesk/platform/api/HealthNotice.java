package org.branchdesk.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: what a running module wants branch IT to know although the branch runs, e.g. that
 * four-eyes authorisation is impossible for some business. The health answer ({@code warnings})
 * and the shell's {@code health} list every registered notice's warnings; they are not a reason
 * for 503. Asked on every health request: answer from memory or one cheap query.
 *
 * @since 1.5
 */
@ConsumerType
public interface HealthNotice {

    /** Each warning one sentence for branch IT; empty when all is well. */
    List<String> warnings();
}
