package org.nos.scheduler;

import jakarta.inject.Inject;
import org.nos.ejb.sequencer.SequencerService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every block time: seal the blocks that are due. */
@DisallowConcurrentExecution
public class SealBlocksJob implements Job {

    @Inject
    SequencerService sequencer;

    @Override
    public void execute(JobExecutionContext context) {
        sequencer.sealDueBlocks();
    }
}
