package org.branchdesk.platform.admin.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One runtime of the branch on its database ({@link RuntimeRoster}): where it runs, when it was
 * last seen, and what it runs, so that every other runtime can tell where it differs. Written only
 * by the runtime it describes; removed when it stops, or a day after it was last seen.
 */
@Entity
@Table(name = RuntimeEntity.TABLE)
public class RuntimeEntity {

    static final String TABLE = "BD_RUNTIME";

    /** The longest bundle list or configuration one row holds (Derby's VARCHAR limit is 32,672). */
    static final int TEXT_MAX = 32000;

    /** A new id at every start. */
    @Id
    @Column(name = "INSTANCE_ID", length = 36)
    public String id;

    /** Host name and HTTP port. */
    @Column(name = "ADDRESS", length = 300, nullable = false)
    public String address;

    @Column(name = "DATA_FOLDER", length = 1000)
    public String dataFolder;

    @Column(name = "STARTED_MS", nullable = false)
    public long startedMs;

    @Column(name = "SEEN_MS", nullable = false)
    public long seenMs;

    @Column(name = "TIER", length = 40)
    public String tier;

    @Column(name = "VERSION", length = 60, nullable = false)
    public String version;

    /** {@link RuntimeDescription#bundles()}, one per line. */
    @Column(name = "BUNDLES", length = TEXT_MAX, nullable = false)
    public String bundles;

    /** {@link RuntimeDescription#settings()}, one per line. */
    @Column(name = "SETTINGS", length = TEXT_MAX, nullable = false)
    public String settings;
}
