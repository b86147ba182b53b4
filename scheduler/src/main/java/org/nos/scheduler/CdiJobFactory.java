package org.nos.scheduler;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Unmanaged;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Creates Quartz jobs as CDI-injected instances, one per job class, so that jobs can {@code @Inject} EJBs.
 * Jobs hold no state between runs; {@link #close()} disposes of them when the scheduler stops.
 */
class CdiJobFactory implements JobFactory, AutoCloseable {
    private final BeanManager beanManager;
    private final Map<Class<? extends Job>, Unmanaged.UnmanagedInstance<? extends Job>> jobs = new ConcurrentHashMap<>();

    CdiJobFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        return jobs.computeIfAbsent(bundle.getJobDetail().getJobClass(), this::create).get();
    }

    private Unmanaged.UnmanagedInstance<? extends Job> create(Class<? extends Job> jobClass) {
        return new Unmanaged<>(beanManager, jobClass).newInstance().produce().inject().postConstruct();
    }

    @Override
    public void close() {
        jobs.values().forEach(instance -> instance.preDestroy().dispose());
        jobs.clear();
    }
}
