package org.nos.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.nos.jpa.block.BlockEntity;
import org.nos.jpa.block.BlockRepository;

/**
 * Ready only while the chain advances: the stored head's timestamp is at most three block times behind
 * the clock. Down while the sequencer is stopped or failing, and while it catches up after downtime.
 */
@Readiness
@ApplicationScoped
public class ChainHeadReadinessCheck implements HealthCheck {
    static final int ALLOWED_BLOCK_TIMES = 3;

    @Inject
    BlockRepository blocks;

    @Inject
    @ConfigProperty(name = "nos.block-time", defaultValue = "2")
    int blockTimeSeconds;

    @Override
    public HealthCheckResponse call() {
        try {
            BlockEntity head = blocks.findHead().orElse(null);
            if (head == null) {
                return HealthCheckResponse.named("nos-chain-head").down().withData("head", "none").build();
            }
            long lag = System.currentTimeMillis() / 1000 - head.getTimestamp();
            return HealthCheckResponse.named("nos-chain-head")
                    .status(isCurrent(lag, blockTimeSeconds))
                    .withData("number", head.getNumber())
                    .withData("timestamp", head.getTimestamp())
                    .withData("secondsBehind", lag)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("nos-chain-head").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /** True when a head {@code lagSeconds} behind the clock still counts as advancing. */
    static boolean isCurrent(long lagSeconds, int blockTimeSeconds) {
        return lagSeconds <= (long) ALLOWED_BLOCK_TIMES * blockTimeSeconds;
    }
}
