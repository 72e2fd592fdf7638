package org.branchdesk.customer.api;

/**
 * What an import did. A file with any bad row imports nothing and is answered with the rows'
 * errors instead.
 *
 * @param rows    data rows read
 * @param created records that did not exist before
 * @param updated records replaced
 */
public record ImportReport(String kind, int rows, int created, int updated) {
}
