package org.nos.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.nos.jpa.block.BlockRepository;

/** Started once the chain exists: the genesis block is stored. */
@Startup
@ApplicationScoped
public class ChainStartupCheck implements HealthCheck {

    @Inject
    BlockRepository blocks;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("nos-genesis").status(blocks.findByNumber(0).isPresent()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("nos-genesis").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
