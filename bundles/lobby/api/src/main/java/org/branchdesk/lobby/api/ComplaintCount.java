package org.branchdesk.lobby.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Provided by the complaint module: how many complaints the branch received on a day, for the
 * daily lobby record. Without such a service the record says the module is not installed.
 */
@ConsumerType
public interface ComplaintCount {

    long receivedOn(LocalDate day);
}
