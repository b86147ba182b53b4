package org.nos.evm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Runs every vector of one parsed fixture file. */
interface FixtureRunner {
    List<VectorResult> run(FixtureFile file, JsonNode root);
}
