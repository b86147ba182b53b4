package org.nos.web.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.execution.CallService;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.BlobSchedule;
import org.nos.protocol.chain.Eip4844;
import org.nos.web.rpc.Quantity;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;

/**
 * eth_gasPrice (next base fee + suggested tip), eth_maxPriorityFeePerGas (the suggested tip, see {@link FeeOracle})
 * and eth_feeHistory (geth's shape: {@code baseFeePerGas} includes the next block's, rewards weighted by gas used).
 */
@ApplicationScoped
public class EthFeeNamespace implements RpcNamespace {
    /** geth's cap on eth_feeHistory's block count (larger counts are clamped). */
    static final int MAX_BLOCKS = 1024;
    /** geth's cap on the number of reward percentiles. */
    static final int MAX_PERCENTILES = 100;

    @Inject
    ChainQueries chain;

    @Override
    public void register(RpcMethodRegistry registry) {
        registry.register("eth_maxPriorityFeePerGas", params -> {
            params.atMost(0);
            return Quantity.of(suggestedTip(chain.head()));
        });
        registry.register("eth_gasPrice", params -> {
            params.atMost(0);
            ChainBlock head = chain.head();
            return Quantity.of(FeeOracle.nextBaseFee(head.header()).add(suggestedTip(head)));
        });
        registry.register("eth_feeHistory", this::feeHistory);
    }

    private BigInteger suggestedTip(ChainBlock head) {
        List<org.nos.ejb.chain.StoredReceipt> receipts = head.header().gasUsed() == 0 ? List.of()
                : chain.blockReceipts(head.number());
        return FeeOracle.suggestedTip(head.header(), receipts);
    }

    private Map<String, Object> feeHistory(RpcParams params) throws RpcException {
        params.atMost(3);
        long count = blockCount(params.required(0));
        long newest = BlockParameter.resolve(params.required(1), 1, chain);
        if (newest == CallService.PENDING) newest = chain.head().number();
        double[] percentiles = percentiles(CallArguments.optional(params, 2));
        count = Math.min(Math.min(count, MAX_BLOCKS), newest + 1);
        Map<String, Object> out = new LinkedHashMap<>();
        if (count == 0) {
            out.put("oldestBlock", Quantity.of(0));
            out.put("baseFeePerGas", List.of());
            out.put("gasUsedRatio", List.of());
            return out;
        }
        long oldest = newest - count + 1;
        List<String> baseFees = new ArrayList<>();
        List<String> blobBaseFees = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> blobRatios = new ArrayList<>();
        List<List<String>> rewards = new ArrayList<>();
        BlockHeader last = null;
        for (long n = oldest; n <= newest; n++) {
            long number = n;
            BlockHeader h = chain.byNumber(n).orElseThrow(() -> new RpcException(-32000, "block #" + number + " not found")).header();
            BigInteger baseFee = h.baseFeePerGas() == null ? BigInteger.ZERO : h.baseFeePerGas();
            baseFees.add(Quantity.of(baseFee));
            blobBaseFees.add(Quantity.of(blobBaseFee(h.excessBlobGas())));
            ratios.add(h.gasLimit() == 0 ? 0.0 : (double) h.gasUsed() / h.gasLimit());
            long maxBlobGas = BlobSchedule.CANCUN.maxBlobGasPerBlock();
            blobRatios.add(h.blobGasUsed() == null ? 0.0 : (double) h.blobGasUsed() / maxBlobGas);
            if (percentiles.length > 0) {
                var receipts = h.gasUsed() == 0 ? List.<org.nos.ejb.chain.StoredReceipt>of() : chain.blockReceipts(n);
                rewards.add(FeeOracle.rewards(h.gasUsed(), baseFee, receipts, percentiles).stream().map(Quantity::of).toList());
            }
            last = h;
        }
        baseFees.add(Quantity.of(FeeOracle.nextBaseFee(last)));
        long nextExcess = Eip4844.nextExcessBlobGas(last.excessBlobGas() == null ? 0 : last.excessBlobGas(),
                last.blobGasUsed() == null ? 0 : last.blobGasUsed(), BlobSchedule.CANCUN);
        blobBaseFees.add(Quantity.of(blobBaseFee(nextExcess)));
        out.put("oldestBlock", Quantity.of(oldest));
        if (percentiles.length > 0) out.put("reward", rewards);
        out.put("baseFeePerGas", baseFees);
        out.put("gasUsedRatio", ratios);
        out.put("baseFeePerBlobGas", blobBaseFees);
        out.put("blobGasUsedRatio", blobRatios);
        return out;
    }

    private static BigInteger blobBaseFee(Long excess) {
        return Eip4844.blobBaseFee(excess == null ? 0 : excess, BlobSchedule.CANCUN).toBigInteger();
    }

    /** geth's HexOrDecimal64: a hex quantity, a decimal string or a JSON number. */
    private static long blockCount(JsonNode node) throws RpcException {
        if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) return node.longValue();
        if (node.isTextual()) {
            String t = node.textValue();
            if (t.startsWith("0x") || t.startsWith("0X")) return RpcParams.quantity(t, 0);
            try {
                long v = Long.parseLong(t);
                if (v >= 0) return v;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw RpcException.invalidParams("invalid argument 0: block count must be a hex or decimal number");
    }

    private static double[] percentiles(JsonNode node) throws RpcException {
        if (node == null || node.isNull()) return new double[0];
        if (!node.isArray()) throw RpcException.invalidParams("invalid argument 2: reward percentiles must be an array");
        if (node.size() > MAX_PERCENTILES) {
            throw RpcException.invalidParams("invalid argument 2: at most " + MAX_PERCENTILES + " reward percentiles");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            if (!node.get(i).isNumber()) throw RpcException.invalidParams("invalid argument 2: reward percentiles must be numbers");
            out[i] = node.get(i).doubleValue();
        }
        String error = FeeOracle.checkPercentiles(out);
        if (error != null) throw RpcException.invalidParams(error);
        return out;
    }
}
