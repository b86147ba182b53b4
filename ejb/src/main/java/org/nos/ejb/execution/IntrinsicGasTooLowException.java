package org.nos.ejb.execution;

/** The gas limit does not cover the intrinsic gas: a failure that eth_estimateGas answers by raising the limit. */
final class IntrinsicGasTooLowException extends CallException {
    private static final long serialVersionUID = 1L;

    IntrinsicGasTooLowException(String message) {
        super(message);
    }
}
