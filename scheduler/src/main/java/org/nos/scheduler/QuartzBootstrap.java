package org.nos.scheduler;

import static org.quartz.JobBuilder.newJob;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.sequencer.BlockSchedule;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Starts Quartz when the application deploys and stops it when it undeploys. The block job fires every
 * block time ({@code nos.block-time}), phased just after the moments blocks fall due
 * ({@link BlockSchedule#nextFireMillis}); when blocks are due already (the node was down, or deploying), it also
 * fires once at start, so that the node catches up at once.
 * The scheduler is built on this thread so that Quartz loads job classes through this module.
 */
@Singleton
@Startup
@DependsOn("nos-ejb.jar#ChainBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuartzBootstrap {
    private static final Logger LOG = Logger.getLogger(QuartzBootstrap.class.getName());
    /**
     * How long after a block's timestamp the job fires: Quartz may fire up to 2 ms early, and then the sequencer
     * waits for the block to be due. Every millisecond here is one more before a sealed block is seen.
     */
    private static final long FIRE_DELAY_MILLIS = 5;

    @Inject
    BeanManager beanManager;

    @Inject
    NodeSettings settings;

    @Inject
    ChainHead chainHead;

    private Scheduler scheduler;
    private CdiJobFactory jobFactory;

    @PostConstruct
    void start() {
        try {
            Properties props = new Properties();
            props.setProperty("org.quartz.scheduler.instanceName", "nos");
            props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            props.setProperty("org.quartz.threadPool.threadCount", "2");
            props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            // A fire that comes late (a busy JVM, say, just after deployment) must still run, not be skipped to
            // the next one: the job seals every block that is due by then. Quartz only counts fires later than
            // this as misfired.
            props.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
            scheduler = new StdSchedulerFactory(props).getScheduler();
            jobFactory = new CdiJobFactory(beanManager);
            scheduler.setJobFactory(jobFactory);
            long now = System.currentTimeMillis();
            long headTimestamp = chainHead.head().timestamp();
            int blockTime = settings.blockTimeSeconds();
            JobDetail job = newJob(SealBlocksJob.class).withIdentity("seal-blocks").build();
            long firstFire = BlockSchedule.nextFireMillis(headTimestamp, blockTime, now, FIRE_DELAY_MILLIS);
            scheduler.scheduleJob(job, newTrigger().withIdentity("every-block-time").startAt(new Date(firstFire))
                    .withSchedule(simpleSchedule().withIntervalInMilliseconds(blockTime * 1000L).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
            if (BlockSchedule.isDue(headTimestamp, blockTime, now)) {
                scheduler.scheduleJob(newTrigger().withIdentity("catch-up").forJob(job)
                        .startAt(new Date(now + FIRE_DELAY_MILLIS)).build());
            }
            scheduler.start();
            LOG.info(() -> "Sealing a block every " + settings.blockTimeSeconds() + " s");
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start Quartz", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warning("Quartz did not shut down cleanly: " + e);
        } finally {
            if (jobFactory != null) jobFactory.close();
        }
    }
}
