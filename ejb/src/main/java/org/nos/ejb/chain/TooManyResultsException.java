package org.nos.ejb.chain;

/** A log query matched more results than the caller allows. */
public class TooManyResultsException extends Exception {
    private static final long serialVersionUID = 1L;

    public TooManyResultsException(String message) {
        super(message);
    }
}
