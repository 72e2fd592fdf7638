package org.branchdesk.marketing.impl.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start and every {@code checkSeconds}: launches the draft campaigns whose launch time has
 * come, as the module ({@link Module#CALLER}), through the same conditional update as a launch by
 * hand, so that two runtimes checking at once launch each campaign once.
 */
@Component(service = {}, configurationPid = CampaignsConfigCheck.PID)
public final class CampaignSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSchedule.class);

    /** The job's lease: one runtime of the branch launches at a time. */
    static final String JOB = "marketing.launch";

    private final JpaCampaigns campaigns;
    private final ScheduledJobs jobs;
    private final Duration hold;
    private final ScheduledExecutorService scheduler;

    @Activate
    public CampaignSchedule(@Reference JpaCampaigns campaigns, @Reference ScheduledJobs jobs, CampaignsConfig config) {
        this.campaigns = campaigns;
        this.jobs = jobs;
        long every = CampaignsConfigCheck.require(config).checkSeconds();
        this.hold = Duration.ofSeconds(every);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-campaign-launch"));
        scheduler.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.SECONDS);
    }

    /**
     * Lets a check under way finish rather than interrupting it: Derby closes a connection whose
     * thread is interrupted, and a launch under way would roll back on a broken connection.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
            LOG.warn("The scheduled launch did not finish within 60 s of the component stopping");
        }
    }

    private void check() {
        try {
            if (!jobs.claim(JOB, hold)) {
                return; // another runtime of the branch launches
            }
            int launched = campaigns.launchDue();
            if (launched > 0) {
                LOG.info("Launched {} scheduled campaign(s)", launched);
            }
        } catch (RuntimeException e) {
            LOG.warn("The scheduled launch of campaigns failed; it runs again at its next interval", e);
        }
    }
}
